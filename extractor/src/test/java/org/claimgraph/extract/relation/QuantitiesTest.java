package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
  @ParameterizedTest
  @CsvSource({
      "70亿, 7000000000",
      "130亿, 13000000000",
      "1750亿个, 175000000000",
      "1.5万, 15000",
      "超过5000人, 5000",
      "一万多, 10000",
      "七十亿, 7000000000",
      "三千五百万, 35000000",
      "一百二十, 120",
      "2.6万亿, 2600000000000",
      "175B, 175000000000",
      "7 billion, 7000000000",
      "70-billion-parameter, 70000000000",
      "40 million, 40000000",
      "'1,024', 1024",
      "one-trillion, 1000000000000",
      "one - trillion, 1000000000000",
      "seventy billion, 70000000000",
      "twenty-five million, 25000000",
      "two hundred billion, 200000000000"})
  void readsNumbersAsNewsWritesThem(String text, String expected) {
    assertThat(Quantities.parse(text)).contains(new BigDecimal(expected).stripTrailingZeros());
  }

  @ParameterizedTest
  @ValueSource(strings = {"参数", "大量", "Bob", "", "one of the billions", "often billed"})
  void findsNoNumberWhereThereIsNone(String text) {
    assertThat(Quantities.parse(text)).isEmpty();
  }
}
