package org.claimgraph.extract;

import java.util.List;

/** Stage 3b: group mentions into entities (aliases, short names, pronouns) and give them labels. */
public interface EntityResolver {
  List<Entity> resolve(AnnotatedDocument document, List<Mention> mentions);
}
