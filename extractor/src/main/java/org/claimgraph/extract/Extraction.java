package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one document: the input to the RDF mapper and the evaluation. */
public record Extraction(AnnotatedDocument annotated, List<Entity> entities, List<Relation> relations, List<Claim> claims) {
  public Extraction {
    Objects.requireNonNull(annotated, "annotated");
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
    claims = List.copyOf(claims);
  }

  public CleanDocument document() {
    return annotated.document();
  }
}
