package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * The tag evidence {@link NameFragments} reads across sentences, on hand-tagged sentences in the shapes CoreNLP gives
 * (a name tagged a common noun in one sentence and a proper noun in another; a Latin word NER calls a person once).
 */
class NameFragmentsTest {
  /** One word of a hand-tagged sentence: the word, its part of speech and its NER tag. */
  private record Word(String word, String pos, String ner) {}

  private static Word w(String word, String pos) {
    return new Word(word, pos, "O");
  }

  private static Word w(String word, String pos, String ner) {
    return new Word(word, pos, ner);
  }

  /** A document of the sentences given, each a list of words written one after the other. */
  @SafeVarargs
  private static AnnotatedDocument document(List<Word>... sentences) {
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

  @Test
  void aNameTaggedAProperNounInOneSentenceIsANameInAll() {
    AnnotatedDocument doc = document(
        List.of(w("2015年", "NT", "DATE"), w("，", "PU"), w("罗航", "NN", "PERSON"), w("加入", "VV"), w("百川", "NR"),
            w("。", "PU")),
        List.of(w("罗航", "NR"), w("后来", "AD"), w("回忆", "VV"), w("。", "PU")));
    assertThat(NameFragments.hanNamesByTheirTags(doc)).contains("罗航", "百川").doesNotContain("回忆");
  }

  @Test
  void aNameNerCallsAPersonInTwoSentencesIsAName() {
    AnnotatedDocument once = document(
        List.of(w("罗航", "NN", "PERSON"), w("加入", "VV"), w("公司", "NN"), w("。", "PU")),
        List.of(w("罗航", "NN"), w("回忆", "VV"), w("。", "PU")));
    AnnotatedDocument twice = document(
        List.of(w("罗航", "NN", "PERSON"), w("加入", "VV"), w("公司", "NN"), w("。", "PU")),
        List.of(w("罗航", "NN", "PERSON"), w("回忆", "VV"), w("。", "PU")));
    assertThat(NameFragments.hanNamesByTheirTags(once)).doesNotContain("罗航");
    assertThat(NameFragments.hanNamesByTheirTags(twice)).contains("罗航");
  }

  @Test
  void aLatinWordNerCallsAPersonLessOftenThanNotIsNoPerson() {
    AnnotatedDocument doc = document(
        List.of(w("今年", "NT", "DATE"), w("是", "VC"), w("Robovan", "NR", "PERSON"), w("元年", "NT"), w("。", "PU")),
        List.of(w("三", "CD"), w("款", "M"), w("Robovan", "NR", "MISC"), w("亮相", "VV"), w("。", "PU")),
        List.of(w("推进", "VV"), w("Robovan", "NR"), w("量产", "VV"), w("。", "PU")),
        List.of(w("Altman", "NR", "PERSON"), w("表示", "VV"), w("。", "PU")));
    assertThat(NameFragments.latinWordsNotPeople(doc)).containsExactly("Robovan");
  }
}
