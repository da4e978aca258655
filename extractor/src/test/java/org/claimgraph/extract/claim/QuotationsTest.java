package org.claimgraph.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class QuotationsTest {
  private static List<String> contents(String text) {
    return Quotations.find(text, new Span(0, text.length())).stream().map(q -> q.content().of(text)).toList();
  }

  @Test
  void findsWellFormedQuotations() {
    assertThat(contents("他说：“开源是未来。”然后离开了。")).containsExactly("开源是未来。");
  }

  @Test
  void aQuotationThatLostItsClosingMarkEndsWithItsParagraph() {
    String text = "他说：“开源是未来，闭源没有意义。  ";
    List<Quotations.Quote> quotes = Quotations.find(text, new Span(0, text.length()));
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).content().of(text)).isEqualTo("开源是未来，闭源没有意义。");
    assertThat(quotes.get(0).close()).isEmpty();
    assertThat(quotes.get(0).repaired()).isTrue();
  }

  @Test
  void aQuotationThatLostItsClosingMarkEndsWhereTheNextOneOpens() {
    assertThat(contents("“第一句没有结束，“第二句”")).containsExactly("第一句没有结束，", "第二句");
  }

  @Test
  void anOpeningMarkTypedWhereTheClosingMarkBelongsClosesTheQuotation() {
    assertThat(contents("“明年我们会进入三个新市场，“她表示，“价格也会下调。”"))
        .containsExactly("明年我们会进入三个新市场，", "价格也会下调。");
  }

  @Test
  void aQuotationThatLostItsOpeningMarkStartsAfterTheLastClauseBoundary() {
    String text = "开源模型挑战了一个观念，即更大总是更好”。";
    List<Quotations.Quote> quotes = Quotations.find(text, new Span(0, text.length()));
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).content().of(text)).isEqualTo("即更大总是更好");
    assertThat(quotes.get(0).open()).isEmpty();
  }

  @Test
  void staysInsideItsParagraph() {
    String text = "第一段“没有结束\n\n第二段”";
    assertThat(Quotations.find(text, new Span(0, 8))).extracting(q -> q.content().of(text)).containsExactly("没有结束");
  }

  @Test
  void aShortQuotedTermIsAScareQuote() {
    String text = "被归类为“闭源”，他说：“这是一个糟糕的主意，真的。”";
    List<Quotations.Quote> quotes = Quotations.find(text, new Span(0, text.length()));
    assertThat(quotes).extracting(q -> q.isScareQuote(text)).containsExactly(true, false);
  }

  @Test
  void aQuotedTitleCaseNameClosingItsSentenceIsAScareQuote() {
    String text = "It will add its imaging software “Acme Scan Pro.” Doctors said “The results look good.”";
    List<Quotations.Quote> quotes = Quotations.find(text, new Span(0, text.length()));
    assertThat(quotes).extracting(q -> q.isScareQuote(text)).containsExactly(true, false);
  }

  @Test
  void aQuotationRightAfterAPublicationsTitleNamesItsList() {
    String text = "她曾入选《星海周刊》“年度二十位青年创新者名单”；她说：“创新没有捷径可走”。";
    List<Quotations.Quote> quotes = Quotations.find(text, new Span(0, text.length()));
    assertThat(quotes).extracting(q -> q.isEmbedded(text)).containsExactly(true, false);
  }

  @Test
  void aQuotationNestedInAnotherOfAnotherKindIsPartOfIt() {
    assertThat(contents("她說：「我們的『雙引擎』策略已見成效，明年會擴大。」")).containsExactly("我們的『雙引擎』策略已見成效，明年會擴大。");
    assertThat(contents("他说：“所谓‘护城河’并不存在。”随后离场。")).containsExactly("所谓‘护城河’并不存在。");
    assertThat(contents("他说：“这就是「长期主义」的意义。”")).containsExactly("这就是「长期主义」的意义。");
  }

  @Test
  void anInnerQuotationThatNeverClosesDoesNotHoldTheOuterOneOpen() {
    assertThat(contents("他说：“那是‘九十年代的事了。”后来又说：“不会再有了。”"))
        .containsExactly("那是‘九十年代的事了。", "不会再有了。");
  }
}
