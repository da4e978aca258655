package org.claimgraph.extract;

/** Stage 2: linguistic annotation (CoreNLP behind an adapter). One instance per process, reused. */
public interface Annotator {
  AnnotatedDocument annotate(CleanDocument document);

  /** A stable description of the settings, so cached annotations from other settings are not reused. */
  String signature();
}
