package org.claimgraph.extract;

import java.util.Objects;

/**
 * One token as CoreNLP segmented it.
 *
 * @param index 0-based index in its sentence
 * @param span  character span in the cleaned text
 * @param pos   part-of-speech tag (CTB tag set for Chinese)
 * @param ner   CoreNLP's NER tag, "O" for none
 */
public record Token(int index, String word, Span span, String pos, String ner) {
  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("Illegal token index=" + index);
    }
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }
}
