package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineParserTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "2023.10.19", "2023-10-19", "2023/10/19", "2023年10月19日", "2023 年 10 月 19 日", "October 19, 2023",
      "Oct. 19, 2023", "19 October 2023", "Published October 19, 2023 10:23 GMT",
      "2023年10月19日 10:23 来源：示例科技网", "发布时间：2023-10-19 星期四", "Thursday, October 19th, 2023",
  })
  void readsDateLines(String line) {
    assertThat(DateLineParser.dateLine(line)).contains(LocalDate.of(2023, 10, 19));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023年10月19日,OpenAI发布了新的模型。",
      "生成式AI的潜力每年或将额外产生2.64.4万亿美元的价值",
      "2023.13.45",
      "在2023年10月19日举行的发布会上,多家公司展示了各自的开源模型和专有模型",
      "Version 1.2.3",
  })
  void refusesLinesThatAreNotDateLines(String line) {
    assertThat(DateLineParser.dateLine(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"作者:孙丽 2023-10-19", "By Jane Doe | October 19, 2023"})
  void findsADateInsideALine(String line) {
    assertThat(DateLineParser.find(line)).map(DateLineParser.Found::date).contains(LocalDate.of(2023, 10, 19));
  }
}
