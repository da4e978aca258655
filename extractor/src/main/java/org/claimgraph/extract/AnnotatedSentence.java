package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;

/** One sentence with CoreNLP's tokens, dependency parse and NER mentions, all as our own records. */
public record AnnotatedSentence(
    int index, Span span, List<Token> tokens, List<Dependency> dependencies, List<NerMention> nerMentions) {
  public AnnotatedSentence {
    if (index < 0) {
      throw new IllegalArgumentException("Illegal sentence index=" + index);
    }
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    nerMentions = List.copyOf(nerMentions);
    for (Token t : tokens) {
      if (!span.contains(t.span())) {
        throw new IllegalArgumentException("Token " + t.word() + t.span() + " lies outside sentence " + index + span);
      }
    }
  }

  /** The index of the token beginning exactly at {@code offset}, or -1 when none does. */
  public int tokenStartingAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().begin() == offset) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the last token ending exactly at {@code offset}, or -1 when a token runs across it. */
  public int tokenEndingAt(int offset) {
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().end() == offset) {
        last = i;
      }
    }
    return last;
  }
}
