package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityKeysTest {
  @Test
  void latinNamesBecomeSlugs() {
    assertThat(EntityKeys.keyFor("Sam Altman")).isEqualTo("sam-altman");
    assertThat(EntityKeys.keyFor(" GPT-3.5 ")).isEqualTo("gpt-3.5");
    assertThat(EntityKeys.keyFor("Ｏｐｅｎ　ＡＩ")).isEqualTo("open-ai");
    assertThat(EntityKeys.keyFor("Timothée Lacroix")).isEqualTo("timothee-lacroix");
  }

  @Test
  void chineseNamesStayThemselvesWithoutUnsafeCharacters() {
    assertThat(EntityKeys.keyFor("马化腾")).isEqualTo("马化腾");
    assertThat(EntityKeys.keyFor("Runway Studios AI电影节")).isEqualTo("RunwayStudiosAI电影节");
    assertThat(EntityKeys.keyFor("开源/闭源")).doesNotContain("/");
  }

  @Test
  void languageByScript() {
    assertThat(EntityKeys.languageOf("腾讯云")).isEqualTo("zh");
    assertThat(EntityKeys.languageOf("Tencent Cloud")).isEqualTo("en");
  }

  @Test
  void eventVariantsAreShortenings() {
    assertThat(NameResolver.isShortenedFrom("北京音乐节", "北京国际音乐节")).isTrue();
    assertThat(NameResolver.isShortenedFrom("上海音乐节", "北京国际音乐节")).isFalse();
    assertThat(NameResolver.isShortenedFrom("北京国际音乐节", "北京国际音乐节")).isFalse();
  }
}
