package org.claimgraph.extract;

import java.util.Objects;

/** An entity mention exactly as CoreNLP's NER built it, before our corrections. */
public record NerMention(Span span, String text, String nerType) {
  public NerMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(nerType, "nerType");
  }
}
