package org.claimgraph.extract.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Gzipped JSON cache entries: the annotation cache's and the result cache's, read and written the same way. */
public final class CacheFiles {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private CacheFiles() {}

  /** Reads an entry; a missing, truncated or foreign file is an {@link IOException} or a runtime exception. */
  public static <T> T read(Path file, Class<T> type) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return JSON.readValue(in, type);
    }
  }

  /** Writes an entry under its final name in one atomic move, so a concurrent or killed run never sees half a file. */
  public static void write(Path file, Object entry) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path tmp = Files.createTempFile(directory, ".entry", ".tmp");
    try {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        JSON.writeValue(out, entry);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Hex SHA-256 of bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
