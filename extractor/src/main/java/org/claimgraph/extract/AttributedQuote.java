package org.claimgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation CoreNLP's quote annotator found, with the speaker its attribution step chose (English pipeline only).
 * The optional parts are nullable components (read them through {@link #mentionSpan()} and {@link #speakerSpan()})
 * so the record stays plain JSON in the annotation cache.
 *
 * @param span    the quotation, marks included, in the cleaned text
 * @param mention the mention it attributed the quotation to (a name, or a pronoun such as "he"), or null
 * @param speaker the named mention that mention stands for (its canonical speaker), or null
 * @param sieve   which of CoreNLP's attribution sieves linked quotation and mention ("" when none did)
 */
public record AttributedQuote(Span span, Span mention, Span speaker, String sieve) {
  public AttributedQuote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sieve, "sieve");
  }

  public Optional<Span> mentionSpan() {
    return Optional.ofNullable(mention);
  }

  public Optional<Span> speakerSpan() {
    return Optional.ofNullable(speaker);
  }
}
