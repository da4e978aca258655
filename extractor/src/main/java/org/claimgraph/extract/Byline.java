package org.claimgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * The author line: who wrote the article and in what capacity.
 *
 * @param author     the author's name as written
 * @param authorSpan the name's span in the cleaned text
 * @param role       the job title and affiliation as written, if any (e.g. 腾讯企业发展事业群总经理)
 * @param outletSpan the span of the publication named after the author, if any (By Jane Doe | Example Daily)
 */
public record Byline(String author, Span authorSpan, Optional<String> role, Optional<Span> outletSpan) {
  public Byline(String author, Span authorSpan, Optional<String> role) {
    this(author, authorSpan, role, Optional.empty());
  }

  public Byline {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("Byline needs an author name");
    }
    Objects.requireNonNull(authorSpan, "authorSpan");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(outletSpan, "outletSpan");
  }
}
