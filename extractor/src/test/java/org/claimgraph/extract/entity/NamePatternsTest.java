package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.extract.EntityType;
import org.junit.jupiter.api.Test;

class NamePatternsTest {
  private final NamePatterns patterns = new NamePatterns();

  private List<String> found(String text, EntityType type) {
    return patterns.find(text).stream().filter(f -> f.type() == type).map(NamePatterns.Found::text).toList();
  }

  @Test
  void modelNamesByShape() {
    assertThat(found("谷歌发布了Gemma-7和Qwen-2.5,而FinanceGPT和GPT-Turbo也在测试。", EntityType.AI_MODEL))
        .containsExactlyInAnyOrder("Gemma-7", "Qwen-2.5", "FinanceGPT", "GPT-Turbo");
  }

  @Test
  void notEveryHyphenNumberIsAModel() {
    assertThat(found("2021-2023年间, COVID-19影响了供应链, 型号为X-1000的设备", EntityType.AI_MODEL)).isEmpty();
  }

  @Test
  void quotedEventsAndSuffixedEvents() {
    assertThat(found("上周举行了被称为“机器人春晚”的活动。", EntityType.EVENT)).containsExactly("机器人春晚");
    assertThat(found("她参加了Sundance AI电影节和在2024年北京国际音乐节的演出。", EntityType.EVENT))
        .contains("Sundance AI电影节", "2024年北京国际音乐节");
  }

  @Test
  void aDemonstrativeStartsNoEventName() {
    assertThat(found("他在这次讲座上发言。", EntityType.EVENT)).isEmpty();
  }

  @Test
  void venueOfHeldAt() {
    assertThat(found("峰会于五月在深圳的会展中心举行。", EntityType.PLACE)).containsExactly("会展中心");
    assertThat(found("会议在线上举行。", EntityType.PLACE)).isEmpty();
  }

  @Test
  void aChineseNameRightAfterAJobTitle() {
    assertThat(found("小米集团创始人兼CEO雷军表示，公司将加大投入。", EntityType.PERSON)).containsExactly("雷军");
    assertThat(found("华为轮值董事长徐直军在大会上发言。", EntityType.PERSON)).containsExactly("徐直军");
    assertThat(found("某公司董事长兼CEO张三，", EntityType.PERSON)).containsExactly("张三");
    assertThat(found("阿里云首席技术官周靖人说", EntityType.PERSON)).containsExactly("周靖人");
    assertThat(found("该公司首席执行官表示", EntityType.PERSON)).isEmpty();
  }

  @Test
  void worksInTitleMarksAndEnglishActs() {
    assertThat(found("国会通过了《芯片与科学法案》，研究者在新书《人类简史》中写道，另见《2024年全球AI治理报告》。",
        EntityType.WORK)).containsExactlyInAnyOrder("芯片与科学法案", "人类简史", "2024年全球AI治理报告");
    assertThat(found("《三体》一书很畅销，但《纽约时报》是报纸。", EntityType.WORK)).containsExactly("三体");
    assertThat(found("Congress passed the Inflation Reduction Act and the Online Safety Bill.", EntityType.WORK))
        .containsExactlyInAnyOrder("Inflation Reduction Act", "Online Safety Bill");
  }

  @Test
  void investorsFundsAndNumberNamedCompanies() {
    assertThat(found("本轮由高瓴资本领投，Lightspeed Venture Partners和Lux Capital跟投，启明创投参与。", EntityType.COMPANY))
        .containsExactlyInAnyOrder("高瓴资本", "Lightspeed Venture Partners", "Lux Capital", "启明创投");
    assertThat(found("外国资本和风险资本都在流入。", EntityType.COMPANY)).isEmpty();
    assertThat(found("360公司发布了新模型，另有12家公司参与。", EntityType.COMPANY)).containsExactly("360");
  }

  @Test
  void modelFamiliesWithVersionsAndVariants() {
    assertThat(found("Anthropic发布Claude Opus 4.1，谷歌推出Gemini 2.5 Pro，阿里发布Qwen 3.8Max和GLM5.3；"
        + "DeepSeek-V3-Base、DeepSeek-Coder V2、DeepSeek-MoE以及o3-mini和GPT-5 Pro也在比较之列。", EntityType.AI_MODEL))
        .contains("Claude Opus 4.1", "Gemini 2.5 Pro", "Qwen 3.8Max", "GLM5.3", "DeepSeek-V3-Base", "DeepSeek-Coder V2",
            "DeepSeek-MoE", "o3-mini", "GPT-5 Pro");
    assertThat(found("Gemini和Windows 11都不是新版本，o2o也不是。", EntityType.AI_MODEL)).isEmpty();
  }

  @Test
  void benchmarksByNameAndByBeingScoredOn() {
    assertThat(found("Claude在SWE-bench Verified上得分72%，在Terminal-Bench 2.0和LiveBench上领先，并在AIME 2024上达到90%。",
        EntityType.WORK)).contains("SWE-bench Verified", "Terminal-Bench 2.0", "LiveBench", "AIME 2024");
    assertThat(found("Claude在Google Cloud上运行。", EntityType.WORK)).isEmpty();
  }

  @Test
  void aQuotedOrganizationBeforeATitle() {
    assertThat(found("北京“智源人工智能研究院”院长黄铁军表示，“这家公司”很重要。", EntityType.ORGANIZATION))
        .containsExactly("智源人工智能研究院");
  }
  @Test
  void aLatinNameAfterAJobTitleIsAPerson() {
    assertThat(found("Nimbla Labs的CEO Tomas Berg说，首席技术官Priya Raman补充道。", EntityType.PERSON))
        .containsExactlyInAnyOrder("Tomas Berg", "Priya Raman");
    assertThat(found("CEO The Board and CTO Summit", EntityType.PERSON)).isEmpty();
  }

  @Test
  void fundsByTheirWord() {
    assertThat(found("本轮由远山创投领投，北辰资本、星火基金跟投，Harbor Capital和Northgate Ventures参与。",
        EntityType.COMPANY)).contains("远山创投", "北辰资本", "星火基金", "Harbor Capital", "Northgate Ventures");
    assertThat(found("这只基金和一家投资基金都加入了产业投资基金，某基金会捐款。", EntityType.COMPANY)).isEmpty();
    // After a comma 由 is still the preposition, not the fund's first character.
    assertThat(found("公司完成一轮融资，由远山创投领投，获北辰资本跟投。", EntityType.COMPANY))
        .containsExactlyInAnyOrder("远山创投", "北辰资本");
  }

  @Test
  void latinCompaniesByTheirCorporateWordOrContext() {
    assertThat(found("Lumora AI和Nimbla Labs竞争，Zentrix公司与Orbit Robotics合作，Quanta的CEO表示。",
        EntityType.COMPANY)).contains("Lumora AI", "Nimbla Labs", "Zentrix", "Orbit Robotics", "Quanta");
    assertThat(found("Generative AI and Responsible AI are Building American AI.", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void modelsBySizeAndVariant() {
    assertThat(found("他们开源了Lumora-7B-Instruct、Qwen2.5-72B-Instruct和Mixtral-8x7B。", EntityType.AI_MODEL))
        .contains("Lumora-7B-Instruct", "Qwen2.5-72B-Instruct", "Mixtral-8x7B");
    assertThat(found("MQ-9B无人机和F-35B战机", EntityType.AI_MODEL)).doesNotContain("MQ-9B", "F-35B");
  }

  @Test
  void aNamedChineseModelButNotAKindOfModel() {
    assertThat(found("星河智能推出了天枢大模型。", EntityType.AI_MODEL)).containsExactly("天枢大模型");
    assertThat(found("通用大模型、国产大模型和行业大模型之争，今年大模型降价，多家推出了医疗大模型。",
        EntityType.AI_MODEL)).isEmpty();
  }
  @Test
  void aTransliteratedNameAfterATitleOrBeforeItsOriginal() {
    assertThat(found("参议员安迪·金(Andy Kim)致函，首席执行官山姆·奥特曼表示，托马斯·沃尔夫(Thomas Wolf)称。",
        EntityType.PERSON)).contains("安迪·金", "山姆·奥特曼", "托马斯·沃尔夫")
        .doesNotContain("山姆·奥特曼表示", "议员安迪·金");
  }

  @Test
  void aLatinNameWithAVersionAfterTheWordModel() {
    assertThat(found("该公司最先进的模型Fable 5已上线，另一个模型是Nova 2.1。", EntityType.AI_MODEL))
        .contains("Fable 5", "Nova 2.1");
    assertThat(found("模型在Windows 11上运行。", EntityType.AI_MODEL)).doesNotContain("Windows 11");
  }
  @Test
  void aLatinNameBeforeAVerbOfSaying() {
    assertThat(found("Dana Whitfield表示，机器人会进入仓库。Generative AI说明了一切。", EntityType.PERSON))
        .containsExactly("Dana Whitfield");
  }

  @Test
  void thePeopleOfACreditLine() {
    assertThat(found("作者：林晓 编辑：周航\n记者 王芳｜责任编辑/李想", EntityType.PERSON))
        .contains("周航", "王芳", "李想");
    assertThat(found("编辑部认为，记者站已经撤销。", EntityType.PERSON)).isEmpty();
  }
}
