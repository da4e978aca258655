package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {
  @Test
  void traditionalCharactersAreReadInTheirSimplifiedFormsOneForOne() {
    String traditional = "臺灣的晶片廠商表示，將於明年發佈新產品。";
    String read = ChineseScript.simplified(traditional);
    assertThat(read).isEqualTo("台湾的晶片厂商表示，将于明年发布新产品。").hasSameSizeAs(traditional);
  }

  @Test
  void aCharacterBothScriptsUseIsConvertedOnlyWhereItIsTraditional() {
    assertThat(ChineseScript.simplified("他看著窗外，說起那本著名的書。")).isEqualTo("他看着窗外，说起那本著名的书。");
  }

  @Test
  void simplifiedChineseAndLatinTextComeBackAsTheSameString() {
    String simplified = "星海科技CEO张海峰表示，著名的开源模型Llama 3将于明年发布。";
    assertThat(ChineseScript.simplified(simplified)).isSameAs(simplified);
    String english = "Acme Robotics, a Berlin-based startup, said on Monday it raised $20 million.";
    assertThat(ChineseScript.simplified(english)).isSameAs(english);
  }
}
