package org.claimgraph.extract.tagging;

import java.util.Objects;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;

/**
 * A stretch of a sentence that stands for an entity: one of the entity's mentions, or an anaphor (它, 其, 活动) this
 * package resolved for its rules.
 *
 * @param sentence the sentence it lies in
 * @param anaphor  true when resolved here rather than named in the text, so rules trust it less
 */
public record Referent(String entityKey, EntityType type, Span span, int sentence, boolean anaphor) {
  public Referent {
    Objects.requireNonNull(entityKey, "entityKey");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
  }
}
