package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeyTest {
  @Test
  void namesIgnoreWidthCaseSpacesHyphensAndTitleMarks() {
    assertThat(MatchKey.name("ＯｐｅｎＡＩ")).isEqualTo("openai");
    assertThat(MatchKey.name("Open AI")).isEqualTo("openai");
    assertThat(MatchKey.name("LLaMa-2")).isEqualTo(MatchKey.name("Llama 2"));
    assertThat(MatchKey.name("《时代》杂志")).isEqualTo("时代杂志");
    assertThat(MatchKey.name("Gen‐2")).isEqualTo("gen2"); // U+2010 hyphen
  }

  @Test
  void namesKeepWhatTellsEntitiesApart() {
    assertThat(MatchKey.name("LLaMA")).isNotEqualTo(MatchKey.name("LLaMa-2"));
    assertThat(MatchKey.name("GPT-4")).isNotEqualTo(MatchKey.name("GPT-Vision"));
  }

  @Test
  void numbersCompareByValue() {
    assertThat(MatchKey.literal("7e9")).isEqualTo("7000000000");
    assertThat(MatchKey.literal("7.0E9")).isEqualTo("7000000000");
    assertThat(MatchKey.literal("7,000,000,000")).isEqualTo("7000000000");
    assertThat(MatchKey.literal("13000000000")).isEqualTo(MatchKey.literal("1.3e10"));
    assertThat(MatchKey.literal("5000.0")).isEqualTo(MatchKey.literal("5000"));
    assertThat(MatchKey.literal("7e9")).isNotEqualTo(MatchKey.literal("70e9"));
  }

  @Test
  void datesCompareAsIso() {
    assertThat(MatchKey.literal("2023-3")).isEqualTo("2023-03");
    assertThat(MatchKey.literal("2023年3月")).isEqualTo("2023-03");
    assertThat(MatchKey.literal("2023-03Z")).isEqualTo("2023-03");
    assertThat(MatchKey.literal("2023.10.19")).isEqualTo("2023-10-19");
    assertThat(MatchKey.literal("2023年10月19日")).isEqualTo("2023-10-19");
    assertThat(MatchKey.literal("2015年")).isEqualTo("2015");
    assertThat(MatchKey.literal("2023-03")).isNotEqualTo(MatchKey.literal("2023-07"));
    assertThat(MatchKey.literal("2023")).isNotEqualTo(MatchKey.literal("2023-03"));
  }

  @Test
  void otherLiteralsCompareAsNames() {
    assertThat(MatchKey.literal("OpenSource")).isEqualTo(MatchKey.literal("open source"));
    assertThat(MatchKey.literal("OpenSource")).isNotEqualTo(MatchKey.literal("Proprietary"));
  }
}
