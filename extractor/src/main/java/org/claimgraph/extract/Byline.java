package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The author line: who wrote the article and in what capacity.
 *
 * @param author     the author's name as written
 * @param authorSpan the name's span in the cleaned text
 * @param role       the job title and affiliation as written, if any (e.g. 腾讯企业发展事业群总经理)
 * @param outletSpan the span of the publication named after the author, if any (By Jane Doe | Example Daily)
 * @param coAuthorSpans the spans of the names listed after the author's on the line (作者 王某 李某某: 李某某)
 */
public record Byline(String author, Span authorSpan, Optional<String> role, Optional<Span> outletSpan,
    List<Span> coAuthorSpans) {
  public Byline(String author, Span authorSpan, Optional<String> role) {
    this(author, authorSpan, role, Optional.empty(), List.of());
  }

  public Byline {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("Byline needs an author name");
    }
    Objects.requireNonNull(authorSpan, "authorSpan");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(outletSpan, "outletSpan");
    coAuthorSpans = List.copyOf(coAuthorSpans);
  }
}
