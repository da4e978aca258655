package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.extract.EntityType;
import org.junit.jupiter.api.Test;

class NamePatternsTest {
  private final NamePatterns patterns = new NamePatterns();

  private List<String> found(String text, EntityType type) {
    return patterns.find(text).stream().filter(f -> f.type() == type).map(NamePatterns.Found::text).toList();
  }

  @Test
  void modelNamesByShape() {
    assertThat(found("谷歌发布了Gemma-7和Qwen-2.5,而FinanceGPT和GPT-Turbo也在测试。", EntityType.AI_MODEL))
        .containsExactlyInAnyOrder("Gemma-7", "Qwen-2.5", "FinanceGPT", "GPT-Turbo");
  }

  @Test
  void notEveryHyphenNumberIsAModel() {
    assertThat(found("2021-2023年间, COVID-19影响了供应链, 型号为X-1000的设备", EntityType.AI_MODEL)).isEmpty();
  }

  @Test
  void quotedEventsAndSuffixedEvents() {
    assertThat(found("上周举行了被称为“机器人春晚”的活动。", EntityType.EVENT)).containsExactly("机器人春晚");
    assertThat(found("她参加了Sundance AI电影节和在2024年北京国际音乐节的演出。", EntityType.EVENT))
        .contains("Sundance AI电影节", "2024年北京国际音乐节");
  }

  @Test
  void aDemonstrativeStartsNoEventName() {
    assertThat(found("他在这次讲座上发言。", EntityType.EVENT)).isEmpty();
  }

  @Test
  void venueOfHeldAt() {
    assertThat(found("峰会于五月在深圳的会展中心举行。", EntityType.PLACE)).containsExactly("会展中心");
    assertThat(found("会议在线上举行。", EntityType.PLACE)).isEmpty();
  }
}
