package org.claimgraph.extract.entity;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.relation.RecordedCase;

/** Documents of hand-tagged sentences in the shapes CoreNLP gives, for tests of single passes without the models. */
final class HandTagged {
  /** One word of a hand-tagged sentence: the word, its part of speech and its NER tag. */
  record Word(String word, String pos, String ner) {}

  private HandTagged() {}

  static Word w(String word, String pos) {
    return new Word(word, pos, "O");
  }

  static Word w(String word, String pos, String ner) {
    return new Word(word, pos, ner);
  }

  /** A document of the sentences given, each a list of words written one after the other. */
  @SafeVarargs
  static AnnotatedDocument document(List<Word>... sentences) {
    StringBuilder text = new StringBuilder();
    List<AnnotatedSentence> annotated = new ArrayList<>();
    for (List<Word> words : sentences) {
      int begin = text.length();
      List<Token> tokens = new ArrayList<>();
      List<NerMention> ner = new ArrayList<>();
      for (Word word : words) {
        Span span = new Span(text.length(), text.length() + word.word().length());
        tokens.add(new Token(tokens.size(), word.word(), span, word.pos(), word.ner()));
        if (!word.ner().equals("O")) {
          ner.add(new NerMention(span, word.word(), word.ner()));
        }
        text.append(word.word());
      }
      annotated.add(new AnnotatedSentence(annotated.size(), new Span(begin, text.length()), tokens, List.of(), ner));
    }
    return new AnnotatedDocument(RecordedCase.clean("hand-tagged", text.toString(), LocalDate.of(2026, 1, 1),
        JsonNodeFactory.instance.objectNode()), annotated, List.of(), "hand-tagged");
  }
}
