package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseReadingTest {
  @Test
  void traditionalCharactersAreReadInTheirSimplifiedFormsOneForOne() {
    String traditional = "臺灣的晶片廠商表示，將於明年發佈新產品。";
    String read = ChineseReading.of(traditional);
    assertThat(read).isEqualTo("台湾的晶片厂商表示，将于明年发布新产品。").hasSameSizeAs(traditional);
  }

  @Test
  void aCharacterBothScriptsUseIsConvertedOnlyWhereItIsTraditional() {
    assertThat(ChineseReading.of("他看著窗外，說起那本著名的書。")).isEqualTo("他看着窗外，说起那本著名的书。");
  }

  @Test
  void fullWidthLettersAndDigitsAreReadAsAsciiAndChinesePunctuationStays() {
    String typed = "星海科技於２０２４年發佈了ＧＰＴ－４級別的模型Ｎｏｖａ３．５（測試版）－－據稱如此。";
    assertThat(ChineseReading.of(typed))
        .isEqualTo("星海科技于2024年发布了GPT-4级别的模型Nova3.5（测试版）－－据称如此。").hasSameSizeAs(typed);
  }

  @Test
  void aLongArticleIsReadWholeAndOneForOne() {
    String paragraph = "臺灣的晶片廠商表示，將於明年發佈新產品，說明會在臺北舉行。".repeat(300) + "\n\n";
    String article = paragraph.repeat(20) + "沒有句號的長句".repeat(1000);
    String read = ChineseReading.of(article);
    assertThat(read).hasSameSizeAs(article).startsWith("台湾的晶片厂商表示，将于明年发布新产品，说明会在台北举行。")
        .endsWith("没有句号的长句").doesNotContain("臺", "發", "說", "沒");
  }

  @Test
  void simplifiedChineseWithAsciiNamesAndEnglishTextComeBackAsTheSameString() {
    String simplified = "星海科技CEO张海峰表示，著名的开源模型Llama 3将于明年发布。";
    assertThat(ChineseReading.of(simplified)).isSameAs(simplified);
    String english = "Acme Robotics, a Berlin-based startup, said on Monday it raised $20 million.";
    assertThat(ChineseReading.of(english)).isSameAs(english);
  }

  @Test
  void straightQuotationMarksPairedInAChineseLineAreReadAsCurlyOnes() {
    String typed = "她表示:\"我们会开源\"星图\"模型。\"\n第二行只有一个\"，不成对。\nHe said \"fine\".";
    assertThat(ChineseReading.of(typed))
        .isEqualTo("她表示:“我们会开源”星图“模型。”\n第二行只有一个\"，不成对。\nHe said \"fine\".")
        .hasSameSizeAs(typed);
  }

  @Test
  void thePointsThatJoinANamesPartsAreReadAsTheMiddleDotOnlyBetweenHanCharacters() {
    String typed = "國防部長約翰．史密斯與瑪麗‧安妮、保羅・克利會面，版本３．５與A・B不變。";
    assertThat(ChineseReading.of(typed))
        .isEqualTo("国防部长约翰·史密斯与玛丽·安妮、保罗·克利会面，版本3.5与A・B不变。").hasSameSizeAs(typed);
  }
}
