package org.claimgraph.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimgraph.extract.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StanceClassifierTest {
  private final StanceClassifier classifier = StanceClassifier.load();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // an evaluation of one side
      "开源模型带来了透明度 | PRO_OPEN | 开源…透明度",
      "闭源模型更安全 | PRO_PROPRIETARY | 闭源…更安全",
      "发布公开权重很危险 | PRO_PROPRIETARY | 公开权重…危险",
      "专有模型遥遥领先 | PRO_PROPRIETARY | 专有…领先",
      // an act on a side outranks evaluations in its clause
      "世界需要开源大模型 | PRO_OPEN | 需要…开源",
      "选择封闭的原因是道德风险 | PRO_PROPRIETARY | 选择…封闭",
      "出于安全考虑，应禁止在AI模型中使用开源 | PRO_PROPRIETARY | 禁止…开源",
      // negation
      "开源它根本没有意义 | PRO_PROPRIETARY | 开源…没有意义",
      "开源模型并不危险 | PRO_OPEN | 开源…并不危险",
      "我们不支持开源 | PRO_PROPRIETARY | 不支持…开源",
      "开源软件并非不安全 | PRO_OPEN | 开源…并非不安全",
      // both sides
      "两种模型各有千秋 | BALANCED | 各有千秋",
      "闭源模型仍有优势，但开源模型也将蓬勃发展 | BALANCED | 闭源…优势；开源…蓬勃发展",
      "两者都有很大的潜力 | BALANCED | 潜力",
      "开源与闭源将长期共存 | BALANCED | 共存",
      "封闭只会拖慢进步 | PRO_OPEN | 封闭…拖慢",
      // a side named only as what is compared against
      "开源模型激发出比专有模型更大的创新 | PRO_OPEN | 开源…创新",
      // one side named, the evaluation in another clause
      "很多公司改用开源软件，这带来了很多好处 | PRO_OPEN | 开源…好处"})
  void decidesWithTheCue(String text, Stance stance, String cue) {
    StanceClassifier.Decision d = classifier.classify(text);
    assertThat(d.stance()).isEqualTo(stance);
    assertThat(d.cue()).contains(cue);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "麦肯锡估计生成式AI每年可产生4万亿美元的价值",
      "开源模型的数量在增加",
      "今天天气很好"})
  void isNeutralWithoutASideAndAnEvaluation(String text) {
    assertThat(classifier.classify(text)).isEqualTo(StanceClassifier.Decision.NEUTRAL);
  }

  @Test
  void knowsWhetherATextNamesASide() {
    assertThat(classifier.namesSide("专有模型投入资源最多")).isTrue();
    assertThat(classifier.namesSide("两种模型各有千秋")).isTrue();
    assertThat(classifier.namesSide("今年的融资总额有所下降")).isFalse();
  }
}
