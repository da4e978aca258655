package org.claimgraph.extract;

import java.util.Objects;

/** A relation from CoreNLP's own KBP annotator, kept as the baseline our rules are compared with. */
public record KbpTriple(int sentence, Span subject, String relation, Span object, double confidence) {
  public KbpTriple {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
  }
}
