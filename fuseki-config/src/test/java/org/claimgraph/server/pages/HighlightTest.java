package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightTest {

  static final String SENTENCE = "Meta发布了开源模型Llama 2。";

  @Test
  void documentOffsetsAreMadeRelativeToTheSentence() {
    assertThat(Highlight.of(SENTENCE, 36, 43, 47, "开源模型")).isEqualTo(new Highlight("Meta发布了", "开源模型", "Llama 2。"));
  }

  @Test
  void offsetsThatMissTheAnchorFallBackToItsFirstOccurrence() {
    assertThat(Highlight.of(SENTENCE, 36, 44, 48, "开源模型")).isEqualTo(new Highlight("Meta发布了", "开源模型", "Llama 2。"));
    assertThat(Highlight.of(SENTENCE, 0, 400, 405, "Llama")).isEqualTo(new Highlight("Meta发布了开源模型", "Llama", " 2。"));
  }

  @Test
  void nothingPlaceableLeavesThePassagePlain() {
    Highlight plain = Highlight.of(SENTENCE, 0, 400, 405, "GPT-4");
    assertThat(plain.hasMark()).isFalse();
    assertThat(plain.before() + plain.mark() + plain.after()).isEqualTo(SENTENCE);
    assertThat(Highlight.of(null, 0, 1, 2, "x")).isNull();
  }
}
