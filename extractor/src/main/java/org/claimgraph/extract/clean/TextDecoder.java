package org.claimgraph.extract.clean;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.RawDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an input file's bytes into a {@link RawDocument}: UTF-8 by default (a BOM is dropped), GB18030 when asked or
 * when the bytes are not UTF-8 but decode cleanly as GB18030 into Chinese text. An HTML page becomes its visible
 * text, one block per line ({@link HtmlText}); raw offsets then index into that text. Refuses missing, empty, binary
 * and oversized files with a message that says how to fix them.
 *
 * <pre>{@code
 * TextDecoder.create().encoding("GB18030").maxBytes(10_000_000).build().decode(path)
 * }</pre>
 */
public final class TextDecoder {
  /** The command-line options the messages point to; the CLI should use these names. */
  public static final String ENCODING_OPTION = "--encoding";
  public static final String MAX_BYTES_OPTION = "--max-bytes";

  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final Charset GB18030 = Charset.forName("GB18030");

  private static final Logger LOG = LoggerFactory.getLogger(TextDecoder.class);
  /** More than this share of control bytes (besides tab, line ends, form feed) means binary, not text. */
  private static final double MAX_CONTROL_BYTE_RATIO = 0.01;
  /** Detected GB18030 must decode to (mostly) Chinese: the share of non-ASCII chars that are CJK. */
  private static final double MIN_CJK_SHARE_FOR_GB18030 = 0.9;

  private final Optional<Charset> encoding;
  private final long maxBytes;

  private TextDecoder(Optional<Charset> encoding, long maxBytes) {
    this.encoding = encoding;
    this.maxBytes = maxBytes;
  }

  /** UTF-8 with GB18030 detection and the default size limit. */
  public static TextDecoder standard() {
    return create().build();
  }

  public static Builder create() {
    return new Builder();
  }

  /** Settings for a {@link TextDecoder}. */
  public static final class Builder {
    private Charset encoding;
    private long maxBytes = DEFAULT_MAX_BYTES;

    private Builder() {}

    /** Decode with this charset only; {@code null} (the default) means UTF-8 with GB18030 detection. */
    public Builder encoding(Charset encoding) {
      this.encoding = encoding;
      return this;
    }

    /** As {@link #encoding(Charset)}, by name (e.g. "GB18030"); an unknown name is refused. */
    public Builder encoding(String name) {
      if (name == null) {
        this.encoding = null;
        return this;
      }
      try {
        this.encoding = Charset.forName(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Illegal encoding=" + name + " : use a Java charset name such as UTF-8 or GB18030", e);
      }
      return this;
    }

    /** Larger files are refused, so a wrong path (a log, a dump) fails fast instead of filling memory. */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("Illegal maxBytes=" + maxBytes + " : must be at least 1");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    public TextDecoder build() {
      return new TextDecoder(Optional.ofNullable(encoding), maxBytes);
    }
  }

  /** Reads and decodes a file; {@code file.toString()} is the document's source in messages. */
  public RawDocument decode(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new ExtractionException(source, "is a directory, not a text file (give the article's file, e.g. "
          + file.resolve("article.txt") + ")");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ExtractionException(source, "no such file (check the path; relative paths start at "
          + Path.of("").toAbsolutePath() + ")", e);
    } catch (IOException e) {
      throw new ExtractionException(source, "cannot read the file: " + e.getMessage(), e);
    }
    checkSize(source, size);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ExtractionException(source, "cannot read the file: " + e.getMessage() + " (check its permissions)", e);
    }
    return decode(source, bytes);
  }

  /** Decodes bytes that came from {@code source} (a path or a name for messages). */
  public RawDocument decode(String source, byte[] bytes) {
    checkSize(source, bytes.length);
    if (bytes.length == 0) {
      throw new ExtractionException(source, "empty file (0 bytes); give a file that holds the article's text");
    }
    checkNotBinary(source, bytes);
    String text;
    String used;
    if (encoding.isPresent()) {
      Charset cs = encoding.get();
      text = decodeStrictly(source, bytes, cs, offsetAfterBom(bytes, cs));
      used = cs.name();
    } else {
      int start = offsetAfterBom(bytes, StandardCharsets.UTF_8);
      MalformedAt utf8 = firstMalformed(bytes, start, StandardCharsets.UTF_8);
      if (utf8 == null) {
        text = decodeStrictly(source, bytes, StandardCharsets.UTF_8, start);
        used = StandardCharsets.UTF_8.name();
      } else {
        Optional<String> chinese = gb18030Chinese(bytes);
        if (chinese.isEmpty()) {
          throw new ExtractionException(source, "not UTF-8 at byte " + utf8.offset + " (try " + ENCODING_OPTION
              + " GB18030, or the file's real encoding; or convert the file to UTF-8)");
        }
        LOG.info("{}: not UTF-8 at byte {}, decoded as GB18030 (Chinese text)", source, utf8.offset);
        text = chinese.get();
        used = GB18030.name();
      }
    }
    if (HtmlText.isHtml(source, text)) {
      text = HtmlText.extract(text);
      if (text.isEmpty()) {
        throw new ExtractionException(source, "an HTML page with no visible text (only markup, scripts, navigation or "
            + "forms); give the article's own page, or its text as a .txt file");
      }
      LOG.info("{}: HTML page, read as its visible text ({} lines)", source, text.lines().count());
    }
    if (text.codePoints().allMatch(TextDecoder::isBlankChar)) {
      throw new ExtractionException(source, "the file holds only whitespace (" + bytes.length
          + " bytes); give a file that holds the article's text");
    }
    return new RawDocument(source, text, sha256(bytes), used);
  }

  private void checkSize(String source, long size) {
    if (size > maxBytes) {
      throw new ExtractionException(source, "file is " + humanSize(size) + " (" + size + " bytes), larger than the "
          + humanSize(maxBytes) + " limit (" + maxBytes + " bytes); raise it with " + MAX_BYTES_OPTION
          + " if this really is one article");
    }
  }

  private static void checkNotBinary(String source, byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new ExtractionException(source,
          "UTF-16 text (byte order mark at byte 0) is not supported; re-save the file as UTF-8");
    }
    int controls = 0;
    int firstControl = -1;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new ExtractionException(source, "binary file: NUL byte at byte " + i
            + " (give a plain-text file; a UTF-16 or UTF-32 file must be re-saved as UTF-8)");
      }
      if (isControlByte(b)) {
        controls++;
        if (firstControl < 0) {
          firstControl = i;
        }
      }
    }
    if (controls > 1 && controls > MAX_CONTROL_BYTE_RATIO * bytes.length) {
      throw new ExtractionException(source, String.format(Locale.ROOT,
          "binary file: %d control bytes in %d (%.1f%%), the first at byte %d (give a plain-text file)",
          controls, bytes.length, 100.0 * controls / bytes.length, firstControl));
    }
  }

  private static boolean isControlByte(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) || b == 0x7F;
  }

  private static int offsetAfterBom(byte[] bytes, Charset cs) {
    boolean utf8Bom = bytes.length >= 3
        && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    return utf8Bom && cs.equals(StandardCharsets.UTF_8) ? 3 : 0;
  }

  private static String decodeStrictly(String source, byte[] bytes, Charset cs, int start) {
    try {
      return strictDecoder(cs).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      MalformedAt at = firstMalformed(bytes, start, cs);
      String other = cs.equals(StandardCharsets.UTF_8) ? "GB18030" : "UTF-8";
      throw new ExtractionException(source, "not " + cs.name() + " at byte " + (at == null ? "?" : at.offset)
          + " (try " + ENCODING_OPTION + " " + other + ", or the file's real encoding)", e);
    }
  }

  private record MalformedAt(int offset) {}

  /** The byte offset of the first undecodable sequence, or null when all of it decodes. */
  private static MalformedAt firstMalformed(byte[] bytes, int start, Charset cs) {
    CharsetDecoder decoder = strictDecoder(cs);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return new MalformedAt(in.position());
      }
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      r = decoder.flush(out);
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      return r.isError() ? new MalformedAt(in.position()) : null;
    }
  }

  /** The text as GB18030 if it decodes without error and its non-ASCII characters are Chinese. */
  private static Optional<String> gb18030Chinese(byte[] bytes) {
    String text;
    try {
      text = strictDecoder(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    long nonAscii = text.codePoints().filter(c -> c > 0x7F).count();
    long cjk = text.codePoints().filter(c -> c > 0x7F && Scripts.isChinese(c)).count();
    return nonAscii > 0 && cjk >= MIN_CJK_SHARE_FOR_GB18030 * nonAscii ? Optional.of(text) : Optional.empty();
  }

  private static CharsetDecoder strictDecoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  static boolean isBlankChar(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  private static String humanSize(long bytes) {
    return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
        : bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " bytes";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
