package org.claimgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A fact between an entity and an entity or a literal, with where it came from.
 *
 * @param subject    entity key
 * @param object     entity key, a literal, or one of the ontology's named values (e.g. openness)
 * @param qualifier  a job title or other qualifier, when the relation has one (e.g. 首席AI科学家)
 * @param sentence   the sentence it was read from
 * @param evidence   the span of text that triggered the rule
 * @param rule       id of the rule that produced it (a resource name plus rule name)
 * @param confidence in [0, 1]
 */
public record Relation(
    String subject,
    RelationType predicate,
    Value object,
    Optional<String> qualifier,
    int sentence,
    Span evidence,
    String rule,
    double confidence) {

  /** The object of a relation. */
  public sealed interface Value permits EntityValue, LiteralValue, NamedValue {}

  /** Another entity, by key. */
  public record EntityValue(String key) implements Value {}

  /** A typed literal, datatype given as a full XSD IRI. */
  public record LiteralValue(String lexical, String datatype) implements Value {}

  /** A named individual of the ontology, by local name (e.g. {@code OpenSource}). */
  public record NamedValue(String localName) implements Value {}

  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Illegal confidence=" + confidence + " for rule " + rule + " : must be in [0,1]");
    }
  }
}
