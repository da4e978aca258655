package org.claimgraph.extract;

/**
 * What an annotator adds to a document, and so what a later stage may need from it. Each layer names the CoreNLP
 * annotator that provides it, so a missing layer's error can say what to add.
 */
public enum AnnotationLayer {
  /** Sentences and tokens. */
  TOKENS("tokenize,ssplit"),
  /** Part-of-speech tags on the tokens. */
  POS("pos"),
  /** Named-entity tags and mentions. */
  NER("ner"),
  /** Universal Dependencies parses; without them Semgrex rules find nothing. */
  DEPENDENCIES("depparse"),
  /** CoreNLP's own KBP relation triples. */
  KBP("kbp");

  private final String coreNlpAnnotators;

  AnnotationLayer(String coreNlpAnnotators) {
    this.coreNlpAnnotators = coreNlpAnnotators;
  }

  /** The CoreNLP annotators that provide this layer, comma-separated. */
  public String coreNlpAnnotators() {
    return coreNlpAnnotators;
  }
}
