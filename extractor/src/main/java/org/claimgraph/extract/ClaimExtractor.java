package org.claimgraph.extract;

import java.util.List;

/** Stage 3d: quotations, attributed statements and the author's theses, with claimant and stance. */
public interface ClaimExtractor {
  List<Claim> extract(AnnotatedDocument document, List<Entity> entities);
}
