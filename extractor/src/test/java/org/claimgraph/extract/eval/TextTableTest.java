package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void columnsAlignCountingChineseCharactersAsTwoColumns() {
    String text = new TextTable("name", "F1")
        .row("PERSON", 0.5)
        .row("腾讯", 1.0)
        .toText();
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("name       F1");
    assertThat(lines[1]).isEqualTo("------  -----");
    assertThat(lines[2]).isEqualTo("PERSON  0.500");
    assertThat(lines[3]).isEqualTo("腾讯    1.000"); // 腾讯 takes four columns
  }

  @Test
  void undefinedRatiosShowAsDash() {
    assertThat(new TextTable("a", "b").row("x", Double.NaN).toText()).contains("x  –");
  }

  @Test
  void markdownHasAHeaderRuleWithRightAlignedNumbersAndEscapedPipes() {
    String md = new TextTable("metric", "ours").row("a|b", 0.25).toMarkdown();
    assertThat(md).isEqualTo("| metric | ours |\n|---|---:|\n| a\\|b | 0.250 |\n");
  }

  @Test
  void rowsMustFitTheColumns() {
    assertThatThrownBy(() -> new TextTable("a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells")
        .hasMessageContaining("2 columns");
  }
}
