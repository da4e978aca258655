package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
  @Test
  void chineseTextFullOfLatinNamesIsStillChinese() {
    assertThat(Languages.detect("OpenAI的首席科学家Ilya Sutskever表示，开源GPT-4没有意义。")).isEqualTo("zh");
  }

  @Test
  void englishTextWithAChineseNameIsEnglish() {
    assertThat(Languages.detect("Tencent's Pony Ma (马化腾) said the Hunyuan model would be offered on Tencent Cloud."))
        .isEqualTo("en");
  }

  @Test
  void simplifiedCharactersStayAsWritten() {
    assertThat(Languages.simplified("網球俱樂部與時俱進")).isEqualTo("网球俱乐部与时俱进");
  }

  @Test
  void noLettersIsEnglishByDefault() {
    assertThat(Languages.detect("2023-10-19 12:00")).isEqualTo("en");
  }
}
