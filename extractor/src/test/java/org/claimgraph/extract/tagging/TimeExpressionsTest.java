package org.claimgraph.extract.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.TimeExpressions.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeExpressionsTest {
  private static final Optional<LocalDate> ARTICLE = Optional.of(LocalDate.of(2023, 10, 19));

  @ParameterizedTest
  @CsvSource({
      "今年三月, 2023-03, gYearMonth",
      "7月, 2023-07, gYearMonth",
      "三月末, 2023-03, gYearMonth",
      "这个月, 2023-10, gYearMonth",
      "上个月, 2023-09, gYearMonth",
      "去年11月, 2022-11, gYearMonth",
      "2015年, 2015, gYear",
      "今年, 2023, gYear",
      "2023年7月, 2023-07, gYearMonth",
      "2023年10月19日, 2023-10-19, date",
      "2025 年 8 月 7 日, 2025-08-07, date",
      "2024 年 5 月, 2024-05, gYearMonth",
      "于6月15日至17日, 2023-06-15, date",
      "2023.10.19, 2023-10-19, date",
      "on 2 November 2023, 2023-11-02, date",
      "'November 2, 2023', 2023-11-02, date",
      "Sept. 30 2024, 2024-09-30, date",
      "in May 2024, 2024-05, gYearMonth",
      "'December, 2025', 2025-12, gYearMonth",
      "founded in 2022 by, 2022, gYear",
      "'By the end of 2017, it', 2017, gYear",
      "since 1998 its revenue, 1998, gYear"})
  void resolvesAgainstTheArticleDate(String text, String lexical, String type) {
    TimeExpression t = TimeExpressions.resolve(text, ARTICLE).orElseThrow();
    assertThat(t.lexical()).isEqualTo(lexical);
    assertThat(t.datatype()).isEqualTo(TimeExpressions.XSD + type);
  }

  @ParameterizedTest
  @CsvSource({
      "2023-01-04, 12月29日, 2022-12-29",
      "2023-01-04, 11月, 2022-11",
      "2023-01-04, 3月, 2023-03",
      "2023-12-28, 1月5日, 2024-01-05",
      "2023-12-28, 2月, 2024-02",
      "2023-06-20, 12月1日, 2023-12-01",
      "2023-06-20, 1月, 2023-01",
      "2024-01-10, 2月29日, 2024-02-29"})
  void aDayOrMonthWithoutAYearStaysNearTheArticleAcrossNewYear(LocalDate article, String text,
      String lexical) {
    assertThat(TimeExpressions.resolve(text, Optional.of(article))).map(TimeExpression::lexical).contains(lexical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"目前", "未来", "六个月", "几个月里", "1990年代", "1990 年代", "May we 2024", "in December",
      "Marching 2024", "in 2000 GPUs", "in 2048 units", "from 2,500 people", "in 1500", "about 2023"})
  void isNotADate(String text) {
    assertThat(TimeExpressions.find(text, 0, ARTICLE)).isEmpty();
  }

  @Test
  void anImpossibleMonthIsNotOne() {
    assertThat(TimeExpressions.find("2023年13月", 0, ARTICLE)).extracting(TimeExpression::lexical)
        .doesNotContain("2023-13").containsExactly("2023");
  }

  @Test
  void relativeDatesNeedTheArticleDate() {
    assertThat(TimeExpressions.resolve("今年三月", Optional.empty())).isEmpty();
    assertThat(TimeExpressions.resolve("2015年", Optional.empty())).map(TimeExpression::lexical).contains("2015");
    assertThat(TimeExpressions.resolve("6月15日", Optional.empty())).isEmpty();
  }

  @Test
  void findsEachDateOnceWithItsSpan() {
    List<TimeExpression> found = TimeExpressions.find("今年三月，OpenAI于2015年成立", 100, ARTICLE);
    assertThat(found).extracting(TimeExpression::lexical).containsExactly("2023-03", "2015");
    assertThat(found.get(0).span()).isEqualTo(new Span(100, 104));
  }

  @Test
  void anEnglishYearNeedsAPrepositionOfTime() {
    assertThat(TimeExpressions.find("Acme was founded in 2019 and has grown since 2021.", 0, ARTICLE))
        .extracting(TimeExpression::lexical).containsExactly("2019", "2021");
    assertThat(TimeExpressions.find("It sold 2019 units in the 1990s, in 2019.5 hours and in 2020,000 ways.", 0, ARTICLE))
        .isEmpty();
  }
}
