package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class TypeCorrectionsTest {
  private final TypeCorrections corrections = TypeCorrections.load();

  private static Span spanOf(String text, String name) {
    int at = text.indexOf(name);
    return new Span(at, at + name.length());
  }

  @Test
  void classifierNounAfterANameGivesItsType() {
    String text = "开发者常用Polars库处理数据,而Zhipu公司和清华实验室也在合作。";
    assertThat(corrections.correct(text, spanOf(text, "Polars"), "PERSON")).contains(EntityType.PRODUCT);
    assertThat(corrections.correct(text, spanOf(text, "Zhipu"), "PERSON")).contains(EntityType.COMPANY);
  }

  @Test
  void aTitleBeforeANameMakesItAPerson() {
    String text = "首席科学家Jane Roe表示";
    assertThat(corrections.correct(text, spanOf(text, "Jane Roe"), "ORGANIZATION")).contains(EntityType.PERSON);
  }

  @Test
  void noContextNoCorrection() {
    String text = "Polars很快。";
    assertThat(corrections.correct(text, spanOf(text, "Polars"), "PERSON")).isEmpty();
  }

  @Test
  void badRuleFilesSayWhere() {
    var e = org.assertj.core.api.Assertions.catchThrowable(() -> TypeCorrections.parse(List.of(
        "side\tcontext\tapplies_to\tnew_type\twhy", "right\t^公司\t*\tCOMPNAY\ttypo")));
    assertThat(e).hasMessageContaining("type-corrections.tsv:2").hasMessageContaining("COMPNAY");
  }
}
