package org.claimgraph.extract;

import java.util.List;
import java.util.Set;

/** Stage 3b: group mentions into entities (aliases, short names, pronouns) and give them labels. */
public interface EntityResolver {
  List<Entity> resolve(AnnotatedDocument document, List<Mention> mentions);

  /** The annotation layers this stage reads; checked against the annotator's at start-up. */
  default Set<AnnotationLayer> requires() {
    return Set.of();
  }
}
