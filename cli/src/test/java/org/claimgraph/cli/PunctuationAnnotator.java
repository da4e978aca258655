package org.claimgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * A stand-in for CoreNLP in tests of the run flow: sentences end at sentence punctuation, every Han character and
 * every Latin word is a token, no tags, no parse. The lexicon stages still find entities in its output, so the
 * graphs are real extractions, only poorer. {@code beforeEach} runs first for every document (to delay or block).
 */
final class PunctuationAnnotator implements Annotator {
  private static final Pattern SENTENCE = Pattern.compile("[^。！？!?.]+[。！？!?.]*");
  private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}]+|\\S");

  private final Consumer<CleanDocument> beforeEach;

  PunctuationAnnotator(Consumer<CleanDocument> beforeEach) {
    this.beforeEach = beforeEach;
  }

  PunctuationAnnotator() {
    this(d -> {});
  }

  @Override
  public AnnotatedDocument annotate(CleanDocument document) {
    beforeEach.accept(document);
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (Paragraph p : document.paragraphs()) {
      String text = p.span().of(document.text());
      Matcher s = SENTENCE.matcher(text);
      while (s.find()) {
        List<Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(s.group());
        while (t.find()) {
          int begin = p.span().begin() + s.start() + t.start();
          tokens.add(new Token(tokens.size(), t.group(), new Span(begin, begin + t.group().length()), "NN", "O"));
        }
        if (!tokens.isEmpty()) {
          Span span = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
          sentences.add(new AnnotatedSentence(sentences.size(), span, tokens, List.of(), List.of()));
        }
      }
    }
    return new AnnotatedDocument(document, sentences, List.of(), signature());
  }

  @Override
  public String signature() {
    return "test-punctuation-1";
  }
}
