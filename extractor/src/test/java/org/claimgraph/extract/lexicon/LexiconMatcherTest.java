package org.claimgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher on sentences written for these tests, in Chinese and English. */
class LexiconMatcherTest {
  private static final LexiconMatcher MATCHER = new LexiconMatcher(Lexicon.load());

  @Test
  void findsNamesInAnEnglishSentenceInOrder() {
    String text = "OpenAI and Anthropic compete with Google DeepMind, while Meta released Llama 2 on Microsoft Azure.";
    assertThat(keys(text)).containsExactly("openai", "anthropic", "google-deepmind", "meta", "llama-2", "microsoft-azure");
    assertThat(texts(text)).containsExactly("OpenAI", "Anthropic", "Google DeepMind", "Meta", "Llama 2", "Microsoft Azure");
  }

  @Test
  void latinFormsNeedWordBoundaries() {
    assertThat(keys("Investors cooled on the Metaverse after the hype.")).doesNotContain("meta").contains("metaverse");
    assertThat(keys("AIDS research and MAIN street, PAID in full")).doesNotContain("artificial-intelligence");
    assertThat(keys("Anthropics and OpenAIs are not names")).isEmpty();
  }

  @Test
  void aNameOpeningWithAnArticleKeepsItsLaterCapitals() {
    assertThat(keys("The paper was written by three researchers.")).doesNotContain("the-paper");
    assertThat(keys("Senior Biden-Harris administration officials met.")).contains("biden-administration");
    assertThat(keys("The Paper reported the deal on Monday.")).contains("the-paper");
    assertThat(keys("THE PAPER REPORTED THE DEAL")).contains("the-paper");
  }

  @Test
  void aCurrencySymbolNamesNoCountry() {
    assertThat(keys("The startup raised US$50 million, and HK$2 billion went to a rival.")).doesNotContain(
        "united-states", "hong-kong");
    assertThat(keys("The US said HK officials and the US, in turn, paid $5.")).contains("united-states");
  }

  @Test
  void gluedNamesMatchOnlyAfterTheyAreSplit() {
    assertThat(keys("OpenAIGPT-4")).isEmpty();
    assertThat(keys("OpenAI GPT-4")).containsExactly("openai", "gpt-4");
    assertThat(keys("Microsoft、Google、Meta、Intel、eBay"))
        .containsExactly("microsoft", "google", "meta", "intel", "ebay");
  }

  @Test
  void chineseFormsMatchInsideARunAndPreferTheLongest() {
    String text = "腾讯云和阿里云都接入了混元与通义千问，腾讯表示将继续投入。";
    assertThat(keys(text)).containsExactly("tencent-cloud", "alibaba-cloud", "hunyuan", "qwen", "tencent");
    assertThat(texts(text)).containsExactly("腾讯云", "阿里云", "混元", "通义千问", "腾讯");
  }

  @Test
  void latinNamesBesideChineseCharactersMatch() {
    String text = "他们使用OpenAI的GPT-4，而Meta的LLaMa-2是开源模型。";
    assertThat(keys(text)).containsExactly("openai", "gpt-4", "meta", "llama-2", "open-source-model");
  }

  @Test
  void topicsMatchInBothLanguages() {
    assertThat(keys("在生成式AI中寻求平衡：开源模型与专有模型之争，以及AI安全。"))
        .containsExactly("generative-ai", "open-source-model", "proprietary-model", "ai-safety");
    assertThat(keys("Generative AI splits into open-source models and proprietary models."))
        .containsExactly("generative-ai", "open-source-model", "proprietary-model");
  }

  @Test
  void shortAndAllCapsFormsKeepTheirCase() {
    assertThat(keys("AWS hosts it")).containsExactly("amazon-web-services");
    assertThat(keys("aws hosts it")).isEmpty();
    assertThat(keys("xAI trains Grok")).containsExactly("xai", "grok");
    assertThat(keys("XAI means explainable AI")).containsExactly("explainable-ai", "explainable-ai");
  }

  @Test
  void lowerCaseWordsDoNotMatchCapitalisedNames() {
    assertThat(keys("She is adept at reducing perplexity on a short runway.")).isEmpty();
    assertThat(keys("Adept, Perplexity and Runway raised money.")).containsExactly("adept", "perplexity-ai", "runway");
  }

  @Test
  void versionNumbersAreNotCutShort() {
    assertThat(keys("GPT-3.5 and GPT-3")).containsExactly("gpt-3.5", "gpt-3");
    List<LexiconMatch> matches = MATCHER.find("Claude 2.5 is not Claude 2");
    assertThat(matches).extracting(m -> m.entry().key()).containsExactly("claude", "claude-2");
    assertThat(matches.get(0).text()).isEqualTo("Claude");
  }

  @Test
  void widthDashAndMiddleDotVariantsMatchAndKeepTheirSpelling() {
    String text = "萨姆•奥尔特曼谈ＧＰＴ－４与GPT‑4";
    assertThat(keys(text)).containsExactly("sam-altman", "gpt-4", "gpt-4");
    assertThat(texts(text)).containsExactly("萨姆•奥尔特曼", "ＧＰＴ－４", "GPT‑4");
  }

  @Test
  void peopleAreFoundByTheirChineseNames() {
    assertThat(keys("戴密斯·哈萨比斯、杨立昆和吴恩达都评论了马化腾与李彦宏的看法。"))
        .containsExactly("demis-hassabis", "yann-lecun", "andrew-ng", "pony-ma", "robin-li");
  }

  @Test
  void matchesAreSortedDisjointAndFitTheirSpans() {
    String text = "Hugging Face Transformers、LangChain和PyTorch运行在腾讯云、AWS和Nvidia H100上；"
        + "Stability AI的Stable Diffusion、Runway的Gen-2与BloombergGPT都被提到。";
    List<LexiconMatch> matches = MATCHER.find(text);
    assertThat(matches).extracting(m -> m.entry().key()).containsExactly("hugging-face-transformers", "langchain",
        "pytorch", "tencent-cloud", "amazon-web-services", "nvidia-h100", "stability-ai", "stable-diffusion", "runway",
        "gen-2", "bloomberggpt");
    for (int i = 0; i < matches.size(); i++) {
      LexiconMatch match = matches.get(i);
      assertThat(match.span().of(text)).isEqualTo(match.text());
      if (i > 0) {
        assertThat(matches.get(i - 1).span().end()).isLessThanOrEqualTo(match.span().begin());
      }
    }
  }

  @Test
  void emptyTextHasNoMatches() {
    assertThat(MATCHER.find("")).isEmpty();
  }

  private static List<String> keys(String text) {
    return MATCHER.find(text).stream().map(m -> m.entry().key()).toList();
  }

  private static List<String> texts(String text) {
    return MATCHER.find(text).stream().map(LexiconMatch::text).toList();
  }
}
