package org.claimgraph.extract;

import java.util.List;
import java.util.Set;

/** Stage 3d: quotations, attributed statements and the author's theses, with claimant and stance. */
public interface ClaimExtractor {
  List<Claim> extract(AnnotatedDocument document, List<Entity> entities);

  /**
   * The claims, reading also the relations the relation stage found in the document (who holds which post at which
   * organization, so that "Initech CEO says …" can name the person); by default the relations are not read.
   */
  default List<Claim> extract(AnnotatedDocument document, List<Entity> entities, List<Relation> relations) {
    return extract(document, entities);
  }

  /** The annotation layers this stage reads; checked against the annotator's at start-up. */
  default Set<AnnotationLayer> requires() {
    return Set.of();
  }
}
