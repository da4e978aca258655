package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement someone makes in the article.
 *
 * @param span        the claim text's span in the cleaned text
 * @param sentence    the sentence the claim starts in
 * @param claimant    who makes it
 * @param cue         the span of the attribution cue (表示, 认为, a quotation mark), if any
 * @param stanceCue   the cue word that decided the stance, if any
 * @param about       keys of the entities and topics it is about
 * @param rule        id of the rule that found it
 */
public record Claim(
    Span span,
    String text,
    int sentence,
    Claimant claimant,
    ClaimKind kind,
    Stance stance,
    Optional<Span> cue,
    Optional<String> stanceCue,
    List<String> about,
    String rule,
    double confidence) {

  /** An entity (by key), or a described group with no entity (e.g. 开源的支持者), or the article's author. */
  public record Claimant(Optional<String> entityKey, String description) {
    public Claimant {
      Objects.requireNonNull(entityKey, "entityKey");
      if (description == null || description.isBlank()) {
        throw new IllegalArgumentException("A claimant needs a description");
      }
    }
  }

  public Claim {
    Objects.requireNonNull(span, "span");
    if (text == null || text.length() != span.length()) {
      throw new IllegalArgumentException("Claim text does not fit its span " + span);
    }
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(stanceCue, "stanceCue");
    about = List.copyOf(about);
    Objects.requireNonNull(rule, "rule");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Illegal confidence=" + confidence + " : must be in [0,1]");
    }
  }
}
