package org.claimgraph.extract;

import java.util.List;
import java.util.Set;

/** Stage 3c: relations between the resolved entities, each with its rule, sentence and confidence. */
public interface RelationExtractor {
  List<Relation> extract(AnnotatedDocument document, List<Entity> entities);

  /** The annotation layers this stage reads; checked against the annotator's at start-up. */
  default Set<AnnotationLayer> requires() {
    return Set.of();
  }
}
