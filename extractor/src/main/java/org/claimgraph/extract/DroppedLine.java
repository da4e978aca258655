package org.claimgraph.extract;

import java.util.Objects;

/**
 * A line of the raw file that the cleaner left out of the article, and why.
 *
 * @param lineNumber 1-based line number in the raw file
 * @param rawSpan    the line's span in the raw text
 * @param reason     a short human-readable reason, e.g. "SEO link farm: 61 '|'-separated questions"
 */
public record DroppedLine(int lineNumber, Span rawSpan, String text, String reason) {
  public DroppedLine {
    if (lineNumber < 1) {
      throw new IllegalArgumentException("Illegal lineNumber=" + lineNumber + " : lines count from 1");
    }
    Objects.requireNonNull(rawSpan, "rawSpan");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
