package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class TradeNamedCompaniesTest {
  private static Mention place(String text, String name) {
    int begin = text.indexOf(name);
    return new Mention(new Span(begin, begin + name.length()), name, EntityType.PLACE, 0, Mention.Source.LEXICON);
  }

  private static Span span(String text, String part) {
    int begin = text.indexOf(part);
    return new Span(begin, begin + part.length());
  }

  @Test
  void aBrandTheSegmenterCutAfterARegisteredPlaceRunsFromThePlacesEnd() {
    String text = "据悉，深圳启航芯科技有限公司已停止运营。";
    assertThat(TradeNamedCompanies.brandBegin(text, List.of(place(text, "深圳")), span(text, "航芯")))
        .isEqualTo(text.indexOf("启航芯"));
  }

  @Test
  void aFunctionWordBetweenThePlaceAndTheBrandIsNoPartOfIt() {
    String text = "落户北京的芯河科技宣布融资。";
    assertThat(TradeNamedCompanies.brandBegin(text, List.of(place(text, "北京")), span(text, "芯河")))
        .isEqualTo(text.indexOf("芯河"));
  }

  @Test
  void withNoPlaceBeforeItTheBrandStartsWhereTheTaggerSays() {
    String text = "星桥科技本周发布了新模型。";
    assertThat(TradeNamedCompanies.brandBegin(text, List.of(), span(text, "星桥"))).isEqualTo(0);
  }
}
