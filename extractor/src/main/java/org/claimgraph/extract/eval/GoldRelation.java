package org.claimgraph.extract.eval;

import java.util.Objects;
import java.util.Optional;
import org.claimgraph.extract.RelationType;

/**
 * One fact of a gold standard. Its object is either an entity (by any of its names) or a literal
 * (a year, month, date, count, or an ontology value such as {@code OpenSource}).
 *
 * @param subject   a name of the subject entity
 * @param object    a name of the object entity, when the object is an entity
 * @param literal   the object's lexical form, when the object is a literal
 * @param qualifier a job title or other qualifier as written, if any (reported, not required to match)
 * @param evidence  the sentence the fact is read from, verbatim
 */
public record GoldRelation(
    String subject,
    RelationType predicate,
    Optional<String> object,
    Optional<String> literal,
    Optional<String> qualifier,
    String evidence,
    Optional<String> note) {
  public GoldRelation {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("subject: missing");
    }
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(literal, "literal");
    if (object.isPresent() == literal.isPresent()) {
      throw new IllegalArgumentException("object: give exactly one of 'object' (an entity name) and 'literal'");
    }
    Objects.requireNonNull(qualifier, "qualifier");
    if (evidence == null || evidence.isBlank()) {
      throw new IllegalArgumentException("evidence: missing (the sentence the fact is read from)");
    }
    Objects.requireNonNull(note, "note");
  }

  /** E.g. {@code FOUNDER(OpenAI, Elon Musk)} or {@code PARAMETER_COUNT(LLaMa-2, "7000000000")}. */
  public String display() {
    return predicate + "(" + subject + ", " + object.orElseGet(() -> '"' + literal.orElseThrow() + '"') + ")";
  }
}
