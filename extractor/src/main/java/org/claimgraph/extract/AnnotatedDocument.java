package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned document with CoreNLP's analysis.
 *
 * @param quotes   quotations with their speakers from CoreNLP's quote annotator (empty when the pipeline has none)
 * @param pipeline a signature of the pipeline settings that produced it (the cache key's second half)
 */
public record AnnotatedDocument(CleanDocument document, List<AnnotatedSentence> sentences, List<KbpTriple> kbpTriples,
    List<AttributedQuote> quotes, String pipeline) {
  public AnnotatedDocument {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    kbpTriples = List.copyOf(kbpTriples);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    Objects.requireNonNull(pipeline, "pipeline");
  }

  /** A document from a pipeline without the quote annotator. */
  public AnnotatedDocument(CleanDocument document, List<AnnotatedSentence> sentences, List<KbpTriple> kbpTriples,
      String pipeline) {
    this(document, sentences, kbpTriples, List.of(), pipeline);
  }

  /** The sentence holding a cleaned offset, or -1 when it falls between sentences. */
  public int sentenceAt(int offset) {
    for (AnnotatedSentence s : sentences) {
      if (s.span().begin() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }

  public String text() {
    return document.text();
  }
}
