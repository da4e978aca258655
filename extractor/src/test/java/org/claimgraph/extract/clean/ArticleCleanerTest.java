package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.DroppedLine;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  private final ArticleCleaner cleaner = new ArticleCleaner(Fixtures.knownNames());

  private static RawDocument raw(String source, String text) {
    return TextDecoder.standard().decode(source, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void crlfLineEndsGiveTheSameArticleWithHonestOffsets() {
    String lf = Fixtures.read(Fixtures.dir().resolve("zh-seo-page/input.txt"));
    CleanDocument unix = cleaner.clean(raw("page.txt", lf));
    CleanDocument windows = cleaner.clean(raw("page.txt", lf.replace("\n", "\r\n")));
    CleanDocument oldMac = cleaner.clean(raw("page.txt", lf.replace("\n", "\r")));

    assertThat(windows.text()).isEqualTo(unix.text()).doesNotContain("\r");
    assertThat(oldMac.text()).isEqualTo(unix.text());
    assertThat(windows.dropped()).extracting(DroppedLine::lineNumber)
        .isEqualTo(unix.dropped().stream().map(DroppedLine::lineNumber).toList());
    CleanerAssertions.assertOffsetsHonest(windows);
    CleanerAssertions.assertOffsetsHonest(oldMac);
    for (DroppedLine d : windows.dropped()) {
      assertThat(d.rawSpan().of(windows.raw().text())).isEqualTo(d.text()).doesNotContain("\r");
    }
  }

  @Test
  void aShortEnglishParagraphIsStillProse() {
    String text = "Open models gain ground\n\nMarch 4, 2024\n\nBy Jane Doe\n\n"
        + "Paris-based Example AI said on Monday that its new model will be available to every cloud customer.\n\n"
        + "The company's chief executive said open models will drive the next wave of innovation in the field.\n\n"
        + "Analysts estimate that spending on generative AI will exceed $100 billion by 2027.\n";
    CleanDocument doc = cleaner.clean(raw("en.txt", text));

    assertThat(doc.text()).endsWith("$100 billion by 2027.");
    assertThat(doc.dropped()).isEmpty();
  }

  @Test
  void anEncyclopediaParagraphWhoseSentencesEndInFootnoteMarkersIsProse() {
    String text = "Example Robotics\n"
        + "Example Robotics is a British company that builds warehouse robots.[1] It was founded in 2019 by two former"
        + " engineers of a carmaker.[2][3] Its first product shipped in 2021.[a]\n";
    CleanDocument doc = cleaner.clean(raw("wiki.txt", text));

    assertThat(doc.title()).isEqualTo("Example Robotics");
    assertThat(doc.text()).endsWith("shipped in 2021.[a]");
    assertThat(doc.dropped()).isEmpty();
  }

  @Test
  void paragraphSpansRoundTripThroughTheOffsetMap() {
    String text = "标题：开源与闭源模型之争\n\n2023-10-19\n\n开源模型正在快速发展，越来越多的企业开始在开源模型的基础上构建自己的应用。"
        + "\n\n专有模型仍然在能力上领先，但开源模型与专有模型之间的差距正在缩小，企业可以同时使用两种模型。\n";
    RawDocument raw = raw("x.txt", text);
    CleanDocument doc = cleaner.clean(raw);

    assertThat(doc.paragraphs()).extracting(Paragraph::role)
        .containsExactly(Paragraph.Role.TITLE, Paragraph.Role.DATE, Paragraph.Role.BODY, Paragraph.Role.BODY);
    for (Paragraph p : doc.paragraphs()) {
      Span rawSpan = doc.offsets().toRaw(p.span());
      assertThat(rawSpan.of(raw.text())).isEqualTo(p.span().of(doc.text()));
    }
    assertThat(doc.offsets().toRaw(new Span(0, 0))).isEqualTo(new Span(0, 0));
    assertThat(doc.offsets().toRaw(doc.text().length())).isEqualTo(text.length());
  }

  @Test
  void onAPageWithSpamTheTitleIsTheHeaderLineThatSharesTheBodysVocabulary() {
    String text = "首页 | 新闻 | 科技 | 财经 | 人工智能\n示例科技网\n\n开源模型的崛起与挑战\n模型\n\n作者：示例研究院研究员赵一鸣\n\n"
        + "开源模型在过去一年里快速发展，越来越多的公司发布了自己的开源模型，开发者社区也变得更加活跃。\n"
        + "不过，开源模型在安全和责任方面仍然面临挑战，企业在使用开源模型时需要建立自己的审查流程。\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.title()).isEqualTo("开源模型的崛起与挑战");
    assertThat(doc.byline()).map(b -> b.author()).contains("赵一鸣");
    assertThat(doc.dropped()).extracting(DroppedLine::lineNumber).containsExactly(1, 2);
    assertThat(doc.dropped()).extracting(DroppedLine::reason).containsExactly(
        "link list: 5 '|'-separated short items (navigation, tags or related links)",
        "page block: before the article's first line (line 4), in a block that carries spam signals");
    assertThat(doc.text()).contains("\n\n模型\n\n");
  }

  @Test
  void aLineOfNamesUnderTheDateIsTheBylineWithItsCoAuthors() {
    String text = "港口无人集卡试运行\n时间:2024-05-22\n王建国 赵雪梅\n三辆无人驾驶集卡昨天在码头完成了首次夜间作业。\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.byline()).map(Byline::author).contains("王建国");
    assertThat(doc.byline().orElseThrow().coAuthorSpans()).extracting(s -> s.of(doc.text()))
        .containsExactly("赵雪梅");
  }

  @Test
  void anAuthorLineAfterAnEditorsNoteIsStillTheByline() {
    String text = "年轻人的创业选择\n\n编者按：\n\n岁末年初，我们推出系列报道，记录几位年轻创业者的选择与坚持。\n\n"
        + "出品 | 示例科技\n\n作者 | 周一鸣\n\n编辑 | 吴二\n\n"
        + "在提出辞职后，这位工程师离开了工作五年的公司，和两位朋友一起创办了一家做机器人软件的公司。\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.byline()).map(Byline::author).contains("周一鸣");
    assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Paragraph.Role.TITLE,
        Paragraph.Role.BODY, Paragraph.Role.BODY, Paragraph.Role.CREDIT, Paragraph.Role.BYLINE, Paragraph.Role.CREDIT,
        Paragraph.Role.BODY);
  }

  @Test
  void aChineseNameAloneUnderTheDateLineIsTheByline() {
    String text = "港口启用自动驾驶集卡车队\n2025-03-18\n程远\n"
        + "一家物流公司周二表示，其在南方一座港口投入使用的无人驾驶集卡已经累计完成三千次转运。\n"
        + "许文浩\n"
        + "该公司负责人许文浩表示，车队明年还会扩大到两座内陆港。\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.byline()).map(Byline::author).contains("程远");
    // The same shape inside the body is a speaker's heading, not the author's line.
    assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Paragraph.Role.TITLE,
        Paragraph.Role.DATE, Paragraph.Role.BYLINE, Paragraph.Role.BODY, Paragraph.Role.BODY, Paragraph.Role.BODY);
  }

  @Test
  void anEnglishNameWithANewsroomPostUnderTheDateLineIsTheByline() {
    String text = "Harbour cranes learn to steer themselves\nMay 12, 2025\nLaura Quint, Associate Editor\n"
        + "A container terminal in the north of the country has handed the steering of six cranes to software.\n";
    CleanDocument doc = cleaner.clean(raw("x.en.txt", text));

    assertThat(doc.byline()).map(Byline::author).contains("Laura Quint");
    assertThat(doc.byline()).flatMap(Byline::role).contains("Associate Editor");
    assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Paragraph.Role.TITLE,
        Paragraph.Role.DATE, Paragraph.Role.BYLINE, Paragraph.Role.BODY);
  }

  @Test
  void anEnglishNameBeforeABarAndTheDateIsTheBylineAndTheDate() {
    String text = "Harbour cranes learn to steer themselves\nDaniel Rooke | August 26, 2024\n"
        + "A container terminal in the north of the country has handed the steering of six cranes to software.\n";
    CleanDocument doc = cleaner.clean(raw("x.en.txt", text));

    assertThat(doc.byline()).map(Byline::author).contains("Daniel Rooke");
    assertThat(doc.date()).map(Object::toString).contains("2024-08-26");
  }

  @Test
  void theDateAndAuthorLinesUnderAQuestionTitleAreTheHeader() {
    String text = "无人机送外卖的生意，离普通城市居民还有多远？\n2023-06-14 10:05 南桥科技网\n作者：沈一帆\n"
        + "今年春天，一家配送平台在两座城市开通了无人机外卖航线，首月完成了一千多单。\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.date()).map(Object::toString).contains("2023-06-14");
    assertThat(doc.byline()).map(Byline::author).contains("沈一帆");
    assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Paragraph.Role.TITLE,
        Paragraph.Role.DATE, Paragraph.Role.BYLINE, Paragraph.Role.BODY);
  }

  @Test
  void aTwoCharacterHeadingUnderTheTitleIsNoByline() {
    String text = "一家机器人公司的十年\n简介\n"
        + "这家公司成立于二〇一五年，最初为工厂生产线提供视觉检测设备，后来转向服务机器人。\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.byline()).isEmpty();
    assertThat(doc.paragraphs()).extracting(Paragraph::role).containsExactly(Paragraph.Role.TITLE,
        Paragraph.Role.BODY, Paragraph.Role.BODY);
  }

  @Test
  void aCleanArticleLosesNoLineWhateverStandsBeforeItsParagraphs() {
    // The shapes that once lost the start of clean articles: a list item ending in '；', a speaker heading, a
    // "ROLE + NAME" line, an editor line; with no spam signal anywhere, every line stays and the first is the title.
    String text = "大模型公司发布新一代开源模型\n"
        + "记者 王小明 编辑 李四\n"
        + "一是降低推理成本；\n"
        + "首席科学家张三\n"
        + "该公司周二表示，新模型在多项基准测试上超过了上一代模型，并将以开源许可证向开发者开放。\n"
        + "张三说：“我们希望更多的开发者能够在这个模型的基础上构建自己的应用。”\n"
        + "（责任编辑：赵六）\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.dropped()).isEmpty();
    assertThat(doc.title()).isEqualTo("大模型公司发布新一代开源模型");
    assertThat(doc.text().replace("\n\n", "\n") + "\n").isEqualTo(text);
  }

  @Test
  void theFirstLineIsTheTitleEvenWhenItIsOneWord() {
    String text = "ChatGPT\nChatGPT is a chatbot developed by OpenAI and released in November 2022. It is built on large"
        + " language models.\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.title()).isEqualTo("ChatGPT");
    assertThat(doc.dropped()).isEmpty();
  }

  @Test
  void aBlockBeforeTheArticleWithoutSpamSignalsBelongsToIt() {
    String text = "示例科技网\n站内导航 首页\n\n开源模型的崛起与挑战\n\n"
        + "开源模型在过去一年里快速发展，越来越多的公司发布了自己的开源模型，开发者社区也变得更加活跃。\n"
        + "不过，开源模型在安全和责任方面仍然面临挑战，企业在使用开源模型时需要建立自己的审查流程。\n"
        + "减肥吃什么最快 头疼是什么原因 失眠怎么办 感冒吃什么药\n";
    CleanDocument doc = cleaner.clean(raw("x.txt", text));

    assertThat(doc.dropped()).extracting(DroppedLine::lineNumber).containsExactly(8);
    assertThat(doc.title()).isEqualTo("示例科技网");
    assertThat(doc.text()).startsWith("示例科技网\n\n站内导航 首页\n\n开源模型的崛起与挑战");
  }

  @Test
  void withoutAHeaderTheArticleIsTitleAndBody() {
    String text = "Open models are catching up\n\n"
        + "Open models released by research groups and companies are closing the gap with proprietary models"
        + " on many benchmarks.\n"
        + "Companies that build on open models can fine-tune them on their own data and run them on their own"
        + " hardware.\n";
    CleanDocument doc = cleaner.clean(raw("notes/open-models.txt", text));

    assertThat(doc.id()).isEqualTo("open-models");
    assertThat(doc.title()).isEqualTo("Open models are catching up");
    assertThat(doc.date()).isEmpty();
    assertThat(doc.byline()).isEmpty();
    assertThat(doc.paragraphs()).extracting(Paragraph::role)
        .containsExactly(Paragraph.Role.TITLE, Paragraph.Role.BODY, Paragraph.Role.BODY);
    assertThat(doc.dropped()).isEmpty();
  }

  @Test
  void spamBetweenParagraphsDoesNotCutTheArticle() {
    String page = Fixtures.read(Fixtures.dir().resolve("zh-seo-page/input.txt"));
    String farm = page.lines().filter(l -> l.contains(".cn")).findFirst().orElseThrow();
    String questions = page.lines().filter(l -> l.startsWith("热门搜索")).findFirst().orElseThrow();
    String spam = String.join("\n", farm, questions, farm, farm);
    String injected = page.replace("\n\n数据的成本", "\n" + spam + "\n\n数据的成本");
    CleanDocument clean = cleaner.clean(raw("page.txt", page));
    CleanDocument withSpam = cleaner.clean(raw("page.txt", injected));

    assertThat(withSpam.text()).isEqualTo(clean.text());
    assertThat(withSpam.dropped()).hasSize(clean.dropped().size() + 4);
  }

  @Test
  void aPageWithoutProseIsNotAnArticle() {
    RawDocument raw = raw("corpus/spam.txt", "首页 | 新闻 | 科技 | 财经\n减肥吃什么最快 头疼是什么原因 失眠怎么办 感冒吃什么药\n百度\n");

    assertThatThrownBy(() -> cleaner.clean(raw))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("corpus/spam.txt: not an article: no paragraph of prose found; 3 non-blank lines, 2 dropped"
            + " (1 as link list, 1 as SEO question list) (give the file of one article; a page must hold at least one"
            + " paragraph of sentences)");
  }

  @Test
  void documentIdsAreSlugsOfTheFileName() {
    String sha = "ab".repeat(32);
    assertThat(ArticleCleaner.documentId("corpus/genai-balance-2023.zh.raw.txt", sha))
        .isEqualTo("genai-balance-2023.zh");
    assertThat(ArticleCleaner.documentId("C:\\pages\\Open Source & AI.html", sha)).isEqualTo("Open-Source-AI");
    assertThat(ArticleCleaner.documentId("文章.txt", sha)).isEqualTo("doc-abababababab");
    assertThat(ArticleCleaner.documentId("-x-.txt", sha)).isEqualTo("x");
  }

  @Test
  void theGlueRepairIsADependency() {
    String text = "大模型之争\n\nMicrosoftGoogle等公司都在投入巨资训练大模型，开源模型与专有模型之间的竞争日趋激烈。\n";
    CleanDocument without = new ArticleCleaner(Set.of()).clean(raw("x.txt", text));
    CleanDocument with = new ArticleCleaner(new GlueRepair(Set.of("Microsoft", "Google"))).clean(raw("x.txt", text));

    assertThat(without.text()).contains("MicrosoftGoogle等");
    assertThat(without.repairs()).isEmpty();
    assertThat(with.text()).contains("Microsoft、Google等");
    assertThat(with.repairs()).isEqualTo(List.of("line 3: glued names split: MicrosoftGoogle → Microsoft、Google"));
  }
}
