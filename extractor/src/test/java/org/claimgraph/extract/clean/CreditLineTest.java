package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditLineTest {
  @ParameterizedTest
  @ValueSource(strings = {"责任编辑：孙雯", "（责任编辑：周宁）", "编辑 | 许可", "来源：示例日报", "图源：公司官网", "【校对】刘洋",
      "Reporting by Ana Silva; Editing by Tom Reed", "(Additional reporting by Li Wei)", "Source: company filings",
      "Photo: Example Agency"})
  void pressCreditsAreCredits(String line) {
    assertThat(CreditLine.isCredit(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"来源于公司内部的消息称，新模型将在下月发布。", "编辑部认为大模型的竞争刚刚开始",
      "Sources familiar with the matter said the deal was close.", "Editing models by hand is slow, she said.",
      "据知情人士透露，该公司正在筹备新一轮融资，来源：多位员工的说法一致，估值可能超过百亿元人民币，但尚未最终确定。"})
  void sentencesAboutSourcesOrEditingAreNot(String line) {
    assertThat(CreditLine.isCredit(line)).as(line).isFalse();
  }
}
