package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.DroppedLine;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled essay, a scraped page with SEO spam around it, cleaned end to end. */
class ArticleCleanerEssayTest {
  /** Maven runs the tests in the module directory. */
  private static final Path ESSAY = Path.of("../corpus/genai-balance-2023.zh.raw.txt");
  /** A small lexicon of Latin names for the test (the pipeline wires in the real one). */
  private static final Set<String> NAMES = Set.of(
      "OpenAI", "GPT-4", "Meta", "LLaMA", "Microsoft", "Microsoft Azure", "Amazon", "AWS", "Google", "Intel", "eBay",
      "Cohere", "Anthropic", "Adept", "Mistral AI", "Aleph Alpha", "AI21 Labs", "Imbue", "DeepMind", "LangChain",
      "LeCun", "Hugging Face", "Nvidia", "Bloomberg", "GPT");

  private static RawDocument raw;
  private static CleanDocument doc;

  @BeforeAll
  static void clean() {
    assertThat(ESSAY).as("the essay at %s (run the tests from the extractor module directory)",
        ESSAY.toAbsolutePath().normalize()).isRegularFile();
    raw = TextDecoder.standard().decode(ESSAY);
    doc = new ArticleCleaner(NAMES).clean(raw);
  }

  @Test
  void findsTheHeader() {
    assertThat(doc.id()).isEqualTo("genai-balance-2023.zh");
    assertThat(doc.title()).isEqualTo("在生成式AI中寻求平衡:开源模型与专有模型之争");
    assertThat(doc.date()).contains(LocalDate.of(2023, 10, 19));
    Byline byline = doc.byline().orElseThrow();
    assertThat(byline.author()).isEqualTo("葛凌");
    assertThat(byline.authorSpan().of(doc.text())).isEqualTo("葛凌");
    assertThat(byline.role()).contains("腾讯企业发展事业群总经理兼欧洲首席代表");
    assertThat(doc.paragraphs().subList(0, 3).stream().map(Paragraph::role).toList())
        .containsExactly(Paragraph.Role.TITLE, Paragraph.Role.DATE, Paragraph.Role.BYLINE);
  }

  @Test
  void keepsTheWholeBody() {
    List<String> body = doc.paragraphs().stream().filter(p -> p.role() == Paragraph.Role.BODY)
        .map(p -> p.span().of(doc.text())).toList();
    assertThat(body.get(0)).startsWith("今年三月,OpenAI开创性的GPT-4基础模型");
    assertThat(body.get(body.size() - 1)).startsWith("牛津大学计算机科学教授")
        .endsWith("2023年春天的旧金山已经在AI史册上占有一席之地。");
    assertThat(body).hasSize(32);
    assertThat(doc.text()).startsWith("在生成式AI中寻求平衡:开源模型与专有模型之争\n\n2023.10.19\n\n作者:");
  }

  @Test
  void dropsAllTheSpam() {
    assertThat(doc.text()).doesNotContain("王祖蓝", "李亚男", "车型", "百度", ".cn", "什么意思", "|");
    assertThat(doc.dropped()).extracting(DroppedLine::lineNumber)
        .containsExactly(1, 6, 74, 75, 76, 77, 78, 79, 80, 81, 82);
    assertThat(doc.dropped()).allSatisfy(d -> {
      assertThat(d.reason()).isNotBlank();
      assertThat(d.rawSpan().of(raw.text())).isEqualTo(d.text());
    });
    assertThat(reason(1)).startsWith("SEO question list: 265 '|'-separated items");
    assertThat(reason(6)).startsWith("off-topic line: ").contains("threshold 0.15");
    assertThat(reason(74)).startsWith("SEO question list: 5 of 5 space-separated items");
    assertThat(reason(78)).startsWith("SEO link farm: 5 domain names");
    assertThat(reason(82)).isEqualTo(
        "page block: after the article's last paragraph (line 72), in a block that carries spam signals");
  }

  @Test
  void repairsTheFiveGluedRuns() {
    assertThat(doc.repairs()).containsExactly(
        "line 30: glued names split: OpenAIGPT-4 → OpenAI GPT-4",
        "line 32: glued names split: CohereAnthropicAdeptMistralAleph AlphaAI21 LabsImbue"
            + " → Cohere、Anthropic、Adept、Mistral、Aleph Alpha、AI21 Labs、Imbue",
        "line 48: glued names split: MicrosoftGoogleMetaInteleBay → Microsoft、Google、Meta、Intel、eBay",
        "line 68: glued names split: MetaLLaMa-2 → Meta LLaMa-2",
        "line 68: glued names split: Microsoft AzureAmazonAWS → Microsoft Azure、Amazon、AWS");
    assertThat(doc.text()).contains("OpenAI GPT-4目前脱颖而出", "Microsoft、Google、Meta、Intel、eBay等巨头",
        "Meta LLaMa-2由美国云服务提供商", "如Microsoft Azure、Amazon、AWS托管",
        "像Cohere、Anthropic、Adept、Mistral、Aleph Alpha、AI21 Labs、Imbue这样的")
        .contains("OpenAI", "DeepMind", "LangChain", "Yann LeCun", "BloombergGPT", "Meta7月");
  }

  @Test
  void everyKeptCharacterMapsBackToItsRawCharacter() {
    CleanerAssertions.assertOffsetsHonest(doc);
  }

  @Test
  void paragraphSpansMapBackToTheirRawLines() {
    List<String> rawLines = raw.text().lines().map(String::strip).toList();
    for (Paragraph p : doc.paragraphs()) {
      String rawText = doc.offsets().toRaw(p.span()).of(raw.text());
      String cleaned = p.span().of(doc.text());

      assertThat(rawLines).contains(rawText);
      if (cleaned.length() == rawText.length()) {
        assertThat(cleaned).isEqualTo(rawText);
      }
    }
  }

  @Test
  void theSameEssayInGb18030GivesTheSameArticle(@TempDir Path dir) throws Exception {
    Path gb = Files.writeString(dir.resolve("essay.gb18030.txt"), raw.text(), TextDecoder.GB18030);
    RawDocument decoded = TextDecoder.standard().decode(gb);
    CleanDocument again = new ArticleCleaner(NAMES).clean(decoded);

    assertThat(decoded.encoding()).isEqualTo("GB18030");
    assertThat(again.text()).isEqualTo(doc.text());
    assertThat(again.dropped()).extracting(DroppedLine::reason)
        .isEqualTo(doc.dropped().stream().map(DroppedLine::reason).toList());
  }

  private static String reason(int line) {
    return doc.dropped().stream().filter(d -> d.lineNumber() == line).findFirst().orElseThrow().reason();
  }
}
