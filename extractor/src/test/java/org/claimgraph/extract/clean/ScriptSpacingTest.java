package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class ScriptSpacingTest {
  @Test
  void removesTheSpacesBetweenHanAndLatinOrDigitsBothWays() {
    RepairedLine line = ScriptSpacing.unspaced("星河科技 CEO 王晓明表示，公司将在 2025 年发布 Nova-3 模型。");

    assertThat(line.text()).isEqualTo("星河科技CEO王晓明表示，公司将在2025年发布Nova-3模型。");
    assertThat(line.repairs()).containsExactly(
        "6 spaces between Chinese and Latin letters or digits removed (the page spaces its scripts)");
  }

  @Test
  void keepsSpacesInsideLatinNamesAndBesidePunctuation() {
    RepairedLine line = ScriptSpacing.unspaced("据 Bright Path Labs 消息， “ 测试 ” 已完成 。");

    assertThat(line.text()).isEqualTo("据Bright Path Labs消息， “ 测试 ” 已完成 。");
  }

  @Test
  void offsetsLeadBackToTheLineAsThePageHasIt() {
    String page = "采用 Nova-3 的 12 家企业";
    RepairedLine line = ScriptSpacing.unspaced(page);

    int nova = line.text().indexOf("Nova-3");
    Span onPage = line.toOriginal().toRaw(new Span(nova, nova + "Nova-3".length()));
    assertThat(onPage.of(page)).isEqualTo("Nova-3");
    int companies = line.text().indexOf("12家");
    assertThat(line.toOriginal().toRaw(new Span(companies, companies + 3)).of(page)).isEqualTo("12 家");
  }

  @Test
  void aPageSpacesItsScriptsWhenMostOfItsBoundariesHaveASpace() {
    List<String> spaced = List.of("云帆 AI 发布 Atlas 2 模型", "该模型支持 128K 上下文，面向 B 端客户。");
    List<String> unspaced = List.of("云帆AI发布Atlas 2模型 AI芯片需求上升", "该模型支持128K上下文，面向B端客户。");

    assertThat(ScriptSpacing.spacesScripts(spaced)).isTrue();
    assertThat(ScriptSpacing.spacesScripts(unspaced)).isFalse();
    assertThat(ScriptSpacing.spacesScripts(List.of("只有一个 AI 词"))).isFalse(); // too few to say
  }

  @Test
  void theCleanerReadsASpacedPageAsAnUnspacedOneWithHonestOffsets() {
    ArticleCleaner cleaner = new ArticleCleaner(Fixtures.knownNames());
    String spaced = "云帆 AI 发布 Atlas 2 模型\n\n云帆科技 CTO 李青云表示，Atlas 2 模型将在 2025 年向 B 端客户开放，"
        + "首批有 30 家企业接入。\n";
    String unspaced = "云帆AI发布Atlas 2模型\n\n云帆科技CTO李青云表示，Atlas 2模型将在2025年向B端客户开放，首批有30家企业接入。\n";

    CleanDocument fromSpaced = cleaner.clean(raw(spaced));
    CleanDocument fromUnspaced = cleaner.clean(raw(unspaced));

    assertThat(fromSpaced.text()).isEqualTo(fromUnspaced.text());
    assertThat(fromSpaced.title()).isEqualTo("云帆AI发布Atlas 2模型");
    assertThat(fromSpaced.repairs()).anyMatch(r -> r.startsWith("line 3: 9 spaces between Chinese and Latin"));
    assertThat(fromUnspaced.repairs()).isEmpty();
    int cto = fromSpaced.text().indexOf("CTO李青云");
    assertThat(fromSpaced.offsets().toRaw(new Span(cto, cto + 6)).of(spaced)).isEqualTo("CTO 李青云");
    CleanerAssertions.assertOffsetsHonest(fromSpaced);
  }

  @Test
  void aHeadlineSeparatorOnAnUnspacedPageStays() {
    ArticleCleaner cleaner = new ArticleCleaner(Fixtures.knownNames());
    String page = "芯片需求上升 AI公司加速扩张\n\n多家AI公司表示，2025年的芯片采购量将翻倍，GPU供应依然紧张。\n";

    assertThat(cleaner.clean(raw(page)).title()).isEqualTo("芯片需求上升 AI公司加速扩张");
  }

  private static RawDocument raw(String text) {
    return TextDecoder.standard().decode("spaced.txt", text.getBytes(StandardCharsets.UTF_8));
  }
}
