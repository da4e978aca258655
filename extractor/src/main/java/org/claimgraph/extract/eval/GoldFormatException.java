package org.claimgraph.extract.eval;

/** A gold file that cannot be used; the message names the file, the JSON path and what to fix. */
public class GoldFormatException extends RuntimeException {
  public GoldFormatException(String message) {
    super(message);
  }

  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
