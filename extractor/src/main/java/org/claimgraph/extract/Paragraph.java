package org.claimgraph.extract;

import java.util.Objects;

/** One kept block of the article, with its span in the cleaned text. */
public record Paragraph(Role role, Span span) {
  public enum Role { TITLE, DATE, BYLINE, BODY }

  public Paragraph {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(span, "span");
  }
}
