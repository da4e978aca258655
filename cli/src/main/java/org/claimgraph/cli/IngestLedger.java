package org.claimgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.claimgraph.store.StoreException;

/**
 * What {@code ingest} has already sent, so a run that was killed, run again, does not redo the documents it
 * finished. One line per document sent, appended as soon as the server accepted it: the key (a hash of the target,
 * the extraction settings and the document's text), then the graph, the file and the time, for people.
 */
final class IngestLedger {
  private final Path file;
  private final Set<String> keys = new HashSet<>();

  private IngestLedger(Path file) {
    this.file = file;
  }

  static IngestLedger open(Path file) {
    IngestLedger ledger = new IngestLedger(file);
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int tab = line.indexOf('\t');
          // A line cut short by a kill has no tab: that document was not confirmed, so it is sent again.
          if (tab > 0) {
            ledger.keys.add(line.substring(0, tab));
          }
        }
      } catch (IOException e) {
        throw new StoreException("Cannot read the ingest ledger " + file + " (" + e.getMessage()
            + "); delete it to ingest everything again", e);
      }
    }
    return ledger;
  }

  /** The key of one document's text sent with the given settings to the given endpoint. */
  static String key(String endpoint, String settings, String textSha256) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((endpoint + "\n" + settings + "\n" + textSha256).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean contains(String key) {
    return keys.contains(key);
  }

  void record(String key, String graph, Path source) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, key + "\t" + graph + "\t" + source + "\t" + Instant.now() + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      keys.add(key);
    } catch (IOException e) {
      throw new StoreException("Cannot write the ingest ledger " + file + " (" + e.getMessage() + ")", e);
    }
  }

  Path file() {
    return file;
  }
}
