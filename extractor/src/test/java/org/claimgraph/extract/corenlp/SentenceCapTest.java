package org.claimgraph.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

/** Issue 9, defect 6: a run-on sentence is cut before CoreNLP sees it; ordinary text is left alone. No models. */
class SentenceCapTest {
  private static final SentenceCap CAP = new SentenceCap(SentenceCap.DEFAULT_MAX_CHARS);
  private static final String CLAUSE = "开源模型的支持者认为社区可以更快地发现并修复安全问题";

  /** A 60 KB article: ordinary paragraphs around one paragraph holding a 20,000-character sentence. */
  static String runOnArticle() {
    StringBuilder runOn = new StringBuilder("他说");
    while (runOn.length() < 20_000) {
      runOn.append(CLAUSE).append('，');
    }
    runOn.setLength(20_000 - 1);
    runOn.append('。');
    String ordinary = "专有模型的开发者则强调安全。双方都同意需要更多研究。";
    return ordinary.repeat(10) + "\n" + runOn + "紧接着的一句话很短。\n" + ordinary.repeat(10);
  }

  @Test
  void aRunOnSentenceIsCutAtClausePunctuationIntoPiecesUnderTheCap() {
    String article = runOnArticle();
    assertThat(article.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(60_000);
    String paragraph = article.split("\n")[1];
    List<Span> pieces = CAP.pieces(paragraph);

    assertThat(pieces).hasSizeGreaterThanOrEqualTo(20_000 / SentenceCap.DEFAULT_MAX_CHARS);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isBetween(1, SentenceCap.DEFAULT_MAX_CHARS));
    assertCoversInOrder(paragraph, pieces);
    // Every cut inside the run-on sentence falls after a comma, never inside a clause.
    for (Span p : pieces.subList(0, pieces.size() - 2)) {
      assertThat(paragraph.charAt(p.end() - 1)).isEqualTo('，');
    }
    // The short sentence after it is not glued to the run-on's last clause beyond the sentence end.
    Span last = pieces.get(pieces.size() - 1);
    assertThat(last.of(paragraph)).isEqualTo("紧接着的一句话很短。");
  }

  @Test
  void ordinaryParagraphsStayWholeHoweverLong() {
    String paragraph = "专有模型的开发者则强调安全，认为开放权重会带来风险。".repeat(100);
    assertThat(paragraph.length()).isGreaterThan(2_000);
    assertThat(CAP.pieces(paragraph)).containsExactly(new Span(0, paragraph.length()));
    String english = "Open models let anyone inspect them. Closed ones do not! Who decides? ".repeat(50);
    assertThat(CAP.pieces(english)).containsExactly(new Span(0, english.length()));
  }

  @Test
  void aSentenceWithoutPunctuationIsCutHardAndLatinTextAtSpaces() {
    String chinese = "开".repeat(1_300);
    assertThat(CAP.pieces(chinese)).containsExactly(new Span(0, 512), new Span(512, 1_024), new Span(1_024, 1_300));

    String latin = "open weights matter ".repeat(100).strip();
    List<Span> pieces = CAP.pieces(latin);
    assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(512));
    assertCoversInOrder(latin, pieces);
    for (Span p : pieces.subList(0, pieces.size() - 1)) {
      assertThat(latin.charAt(p.end() - 1)).as("no word is broken").isEqualTo(' ');
    }
  }

  @Test
  void aHardCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(511) + "😀".repeat(300); // the emoji's high surrogate sits at index 511
    List<Span> pieces = CAP.pieces(text);
    assertCoversInOrder(text, pieces);
    for (Span p : pieces) {
      assertThat(Character.isHighSurrogate(text.charAt(p.end() - 1))).isFalse();
    }
  }

  @Test
  void blankTextHasNoPieces() {
    assertThat(CAP.pieces("   \n ")).isEmpty();
    assertThat(CAP.pieces("")).isEmpty();
  }

  @Test
  void theCapIsPartOfThePipelineSettingsAndItsSignature() {
    PipelineSettings zh = PipelineSettings.chineseDefault();
    Properties p = zh.toProperties(new Properties());
    assertThat(p.getProperty("pos.maxlen")).isEqualTo("512");
    assertThat(p.getProperty("ner.maxlen")).isEqualTo("512");
    assertThat(p.getProperty("kbp.maxlen")).isEqualTo("512");
    assertThat(PipelineSettings.englishDefault().toProperties(new Properties()).getProperty("kbp.maxlen")).isNull();
    PipelineSettings tighter = new PipelineSettings(zh.language(), zh.annotators(), zh.overrides(), 200);
    assertThat(tighter.signature()).isNotEqualTo(zh.signature());
    assertThat(tighter.toProperties(new Properties()).getProperty("kbp.maxlen")).isEqualTo("200");
    assertThatThrownBy(() -> new PipelineSettings(zh.language(), zh.annotators(), zh.overrides(), 5))
        .hasMessageContaining("Illegal maxSentenceChars=5");
  }

  /** Pieces are in order, do not overlap, and leave out nothing but whitespace. */
  private static void assertCoversInOrder(String text, List<Span> pieces) {
    int at = 0;
    for (Span p : pieces) {
      assertThat(p.begin()).isGreaterThanOrEqualTo(at);
      assertThat(text.substring(at, p.begin())).isBlank();
      at = p.end();
    }
    assertThat(text.substring(at)).isBlank();
  }
}
