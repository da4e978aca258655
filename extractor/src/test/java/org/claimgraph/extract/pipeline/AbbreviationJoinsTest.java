package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.KbpTriple;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.relation.RecordedCase;
import org.junit.jupiter.api.Test;

class AbbreviationJoinsTest {
  /** One sentence per group of words, each word a token, its parse a chain under the first word. */
  private static AnnotatedDocument split(String text, String[]... sentences) {
    List<AnnotatedSentence> out = new ArrayList<>();
    int at = 0;
    for (String[] words : sentences) {
      List<Token> tokens = new ArrayList<>();
      List<Dependency> dependencies = new ArrayList<>();
      int begin = -1;
      for (String word : words) {
        int start = text.indexOf(word, at);
        begin = begin < 0 ? start : begin;
        tokens.add(new Token(tokens.size(), word, new Span(start, start + word.length()), "NN", "O"));
        dependencies.add(tokens.size() == 1 ? new Dependency("root", -1, 0) : new Dependency("dep", 0, tokens.size() - 1));
        at = start + word.length();
      }
      out.add(new AnnotatedSentence(out.size(), new Span(begin, at), tokens, dependencies, List.of()));
    }
    return new AnnotatedDocument(RecordedCase.clean("abbreviations", text, LocalDate.of(2025, 1, 1),
        JsonNodeFactory.instance.objectNode()), out, List.of(new KbpTriple(2, new Span(0, 1), "r", new Span(1, 2), 1)),
        "recorded");
  }

  @Test
  void aSentenceCutAtALegalFormsPeriodIsJoinedToTheChineseThatGoesOn() {
    String text = "Acme Inc.创始人张三表示，公司将上市。他还说，明年会扩张。";
    AnnotatedDocument doc = split(text, new String[] {"Acme", "Inc", "."},
        new String[] {"创始人", "张三", "表示", "，", "公司", "将", "上市", "。"},
        new String[] {"他", "还", "说", "，", "明年", "会", "扩张", "。"});

    AnnotatedDocument joined = AbbreviationJoins.join(doc);

    assertThat(joined.sentences()).hasSize(2);
    AnnotatedSentence first = joined.sentences().get(0);
    assertThat(first.span().of(text)).isEqualTo("Acme Inc.创始人张三表示，公司将上市。");
    assertThat(first.tokens()).extracting(Token::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(first.dependencies()).contains(new Dependency("root", -1, 0), new Dependency("root", -1, 3),
        new Dependency("dep", 3, 4));
    assertThat(joined.sentences().get(1).index()).isEqualTo(1);
    assertThat(joined.kbpTriples()).extracting(KbpTriple::sentence).containsExactly(1);
  }

  @Test
  void aFullStopOrAnAbbreviationBeforeEnglishStillEndsTheSentence() {
    String text = "星海科技成立于2020年.公司在杭州。Acme Inc. The firm grew.";
    AnnotatedDocument doc = split(text, new String[] {"星海", "科技", "成立", "于", "2020年", "."},
        new String[] {"公司", "在", "杭州", "。"}, new String[] {"Acme", "Inc", "."},
        new String[] {"The", "firm", "grew", "."});

    assertThat(AbbreviationJoins.join(doc)).isSameAs(doc);
  }
}
