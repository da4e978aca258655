package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlueRepairTest {
  /** A small lexicon for the tests; the real one comes from the lexicon files. */
  private static final Set<String> NAMES = Set.of(
      "OpenAI", "GPT-4", "GPT", "Meta", "LLaMA", "Microsoft", "Microsoft Azure", "Azure", "Amazon", "AWS", "Google",
      "Intel", "eBay", "Cohere", "Anthropic", "Adept", "Mistral AI", "Aleph Alpha", "AI21 Labs", "Imbue", "DeepMind",
      "LangChain", "Yann LeCun", "LeCun", "Bloomberg", "Hugging Face", "Nvidia", "Open", "Chain", "Deep", "Mind");

  private final GlueRepair repair = new GlueRepair(NAMES);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "像CohereAnthropicAdeptMistralAleph AlphaAI21 LabsImbue这样的初创公司"
          + "|像Cohere、Anthropic、Adept、Mistral、Aleph Alpha、AI21 Labs、Imbue这样的初创公司",
      "MicrosoftGoogleMetaInteleBay等巨头|Microsoft、Google、Meta、Intel、eBay等巨头",
      "评测,OpenAIGPT-4目前脱颖而出|评测,OpenAI GPT-4目前脱颖而出",
      "MetaLLaMa-2由美国云服务提供商|Meta LLaMa-2由美国云服务提供商",
      "如Microsoft AzureAmazonAWS托管|如Microsoft Azure、Amazon、AWS托管",
      "rivals such as GoogleAnthropic and others|rivals such as Google, Anthropic and others",
      "rivals such as “GoogleAnthropic” and others|rivals such as “Google, Anthropic” and others",
      "巨头“MicrosoftGoogle”都是客户|巨头“Microsoft、Google”都是客户",
  })
  void splitsGluedNames(String glued, String repaired) {
    RepairedLine result = repair.repair(glued);

    assertThat(result.text()).isEqualTo(repaired);
    assertThat(result.repairs()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "OpenAI声称", "DeepMind的联合创始人", "LangChain作为一个Python库", "Meta的首席AI科学家Yann LeCun认为",
      "财务语言模型BloombergGPT", "Meta7月发布的LLaMa-2", "Metadata and Intelligence", "Hugging Face的客户",
      "MetaFoo的产品", "Runway StudiosAI电影节", "Nvidia最新H100 GPU芯片",
  })
  void leavesNamesAndUnknownWordsWhole(String text) {
    RepairedLine result = repair.repair(text);

    assertThat(result.text()).isEqualTo(text);
    assertThat(result.repairs()).isEmpty();
  }

  @Test
  void acceptsAnUnknownNameOnlyBetweenTwoKnownOnes() {
    assertThat(repair.repair("GoogleZhipuAnthropic的模型").text()).isEqualTo("Google、Zhipu、Anthropic的模型");
    assertThat(repair.repair("GoogleZhipu的模型").text()).isEqualTo("GoogleZhipu的模型");
    assertThat(repair.repair("GoogleflowAnthropic").text()).isEqualTo("GoogleflowAnthropic");
  }

  @Test
  void describesEachRepair() {
    RepairedLine result = repair.repair("MicrosoftGoogleMetaInteleBay等巨头,以及OpenAIGPT-4");

    assertThat(result.repairs()).containsExactly(
        "glued names split: MicrosoftGoogleMetaInteleBay → Microsoft、Google、Meta、Intel、eBay",
        "glued names split: OpenAIGPT-4 → OpenAI GPT-4");
  }

  @Test
  void insertedCharactersMapToTheNextOriginalCharacter() {
    String original = "如MetaLLaMa-2与GoogleAnthropic";
    RepairedLine result = repair.repair(original);
    String text = result.text();

    assertThat(text).isEqualTo("如Meta LLaMa-2与Google、Anthropic");
    for (int i = 0; i < text.length(); i++) {
      int at = result.toOriginal().toRaw(i);
      if (text.charAt(i) == ' ' || text.charAt(i) == '、') {
        assertThat(original.charAt(at)).as("inserted char %d maps to the next original char", i)
            .isIn('L', 'A');
      } else {
        assertThat(original.charAt(at)).as("char %d", i).isEqualTo(text.charAt(i));
      }
    }
    assertThat(result.toOriginal().cleanLength()).isEqualTo(original.length() + 2);
  }

  @Test
  void withoutNamesNothingIsSplit() {
    GlueRepair none = new GlueRepair(Set.of());

    assertThat(none.repair("MicrosoftGoogleMetaInteleBay").text()).isEqualTo("MicrosoftGoogleMetaInteleBay");
  }

  @Test
  void modelLikeNamesTakeASpaceAfterTheirMaker() {
    assertThat(GlueRepair.isModelLike("GPT-4")).isTrue();
    assertThat(GlueRepair.isModelLike("LLaMa-2")).isTrue();
    assertThat(GlueRepair.isModelLike("BloombergGPT")).isTrue();
    assertThat(GlueRepair.isModelLike("H100")).isTrue();
    assertThat(GlueRepair.isModelLike("AI21 Labs")).isFalse();
    assertThat(GlueRepair.isModelLike("AWS")).isFalse();
  }
}
