package org.claimgraph.extract;

import java.util.List;

/** Stage 3c: relations between the resolved entities, each with its rule, sentence and confidence. */
public interface RelationExtractor {
  List<Relation> extract(AnnotatedDocument document, List<Entity> entities);
}
