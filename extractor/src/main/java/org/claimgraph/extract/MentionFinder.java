package org.claimgraph.extract;

import java.util.List;

/** Stage 3a: find entity mentions (CoreNLP NER, lexicons, name patterns) and settle their types. */
public interface MentionFinder {
  List<Mention> find(AnnotatedDocument document);
}
