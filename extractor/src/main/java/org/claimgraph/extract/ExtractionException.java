package org.claimgraph.extract;

/** A document could not be extracted. The message says what, where (source, offsets) and how to fix it. */
public class ExtractionException extends RuntimeException {
  private final String source;

  public ExtractionException(String source, String message) {
    super(source + ": " + message);
    this.source = source;
  }

  public ExtractionException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /** The file or document the error is about. */
  public String source() {
    return source;
  }
}
