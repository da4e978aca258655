package org.claimgraph.extract;

import java.util.Objects;

/** One kept block of the article, with its span in the cleaned text. */
public record Paragraph(Role role, Span span) {
  /** A credit line names the editor, the source or the photographer; it is kept for its names, not read for claims. */
  public enum Role { TITLE, DATE, BYLINE, CREDIT, BODY }

  public Paragraph {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(span, "span");
  }
}
