package org.claimgraph.extract;

import java.util.Objects;

/**
 * A decoded input file before cleaning.
 *
 * @param source the path or name the user gave, used in messages and as {@code dcterms:source}
 * @param text   the decoded text, exactly as in the file (raw offsets index into it); for an HTML page, the page's
 *               visible text, one block per line
 * @param sha256 hex SHA-256 of the file's bytes, the document's content hash
 * @param encoding the charset the bytes were decoded with
 */
public record RawDocument(String source, String text, String sha256, String encoding) {
  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Illegal sha256=" + sha256 + " : must be 64 lower-case hex digits");
    }
    Objects.requireNonNull(encoding, "encoding");
  }
}
