package org.claimgraph.extract;

import java.util.List;
import java.util.Set;

/** Stage 3a: find entity mentions (CoreNLP NER, lexicons, name patterns) and settle their types. */
public interface MentionFinder {
  List<Mention> find(AnnotatedDocument document);

  /** The annotation layers this stage reads; checked against the annotator's at start-up. */
  default Set<AnnotationLayer> requires() {
    return Set.of();
  }
}
