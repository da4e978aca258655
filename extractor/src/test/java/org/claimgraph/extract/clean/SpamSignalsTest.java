package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpamSignalsTest {
  @Test
  void barSeparatedQuestionsAreAnSeoQuestionList() {
    Optional<SpamSignals.Verdict> v = SpamSignals.judge(
        "距离感是什么意思| 怀孕一个月什么症状| 汕头有什么好玩的景点| 五七是什么意思| 为什么会喜欢一个人| 百度");

    assertThat(v).map(SpamSignals.Verdict::signal).contains("SEO question list");
    assertThat(v.get().reason()).isEqualTo("SEO question list: 6 '|'-separated items, 5 of them questions");
    assertThat(v.get().injected()).as("injected into the page, not the page's own chrome").isTrue();
  }

  @Test
  void questionsInTraditionalCharactersAreSearchQuestionsToo() {
    assertThat(SpamSignals.judge("小腹疼是甚麼原因 夢見自己牙齒掉了是什麼意思 為什麼會失眠 外公是甚麼關係"))
        .map(SpamSignals.Verdict::reason)
        .contains("SEO question list: 4 of 4 space-separated items are search questions (什么/怎么/为什么 templates)");
  }

  @Test
  void barSeparatedShortItemsAreALinkList() {
    assertThat(SpamSignals.judge("Home | World | Technology | Business | Opinion"))
        .map(SpamSignals.Verdict::reason)
        .contains("link list: 5 '|'-separated short items (navigation, tags or related links)");
  }

  @Test
  void spaceSeparatedChineseQuestionsAreAnSeoQuestionList() {
    assertThat(SpamSignals.judge("小腹疼是什么原因 梦见自己牙齿掉了是什么意思 龙飞凤舞是什么意思 外公是什么关系"))
        .map(SpamSignals.Verdict::reason)
        .contains("SEO question list: 4 of 4 space-separated items are search questions (什么/怎么/为什么 templates)");
  }

  @Test
  void domainsGluedToItemsAreALinkFarm() {
    assertThat(SpamSignals.judge("干眼症吃什么药好abc8jop2.cn 蓝色属于什么五行xyz7jop5.cn 脚肿是什么原因kuyehao.com"))
        .map(SpamSignals.Verdict::reason)
        .contains("SEO link farm: 3 domain names (e.g. abc8jop2.cn) in 3 items, 3 of them questions");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "不过首先,所谓的“AI届的伍德斯托克”是什么,又有哪些人参与了呢?这场“开源AI聚会”于三月末在旧金山的探索馆举行。",
      "What is open source AI? Why does it matter? How will it change the industry? Who decides?",
      "OpenAI | GPT-4 发布",
      "Visit openai.com and anthropic.com and mistral.ai for the model cards of each company.",
      "为什么 OpenAI 转向封闭? 怎么看待 Meta 的开源?",
  })
  void proseAndTitlesAreNotSpam(String line) {
    assertThat(SpamSignals.judge(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"首页 > 科技 > 人工智能 > 正文", "Home › Technology › AI", "News / Tech / Machine learning"})
  void breadcrumbsArePageChrome(String line) {
    assertThat(SpamSignals.judge(line)).map(SpamSignals.Verdict::signal).contains("breadcrumb");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Share this article: Facebook Twitter LinkedIn Email", "分享到：微信 微博 QQ空间",
      "Share on Twitter"})
  void sharingBarsArePageChrome(String line) {
    assertThat(SpamSignals.judge(line)).map(SpamSignals.Verdict::signal).contains("sharing bar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"© 2024 Example Media. All rights reserved.", "版权所有 © 示例科技网", "Copyright 2024 Example Inc"})
  void copyrightNoticesArePageChrome(String line) {
    assertThat(SpamSignals.judge(line)).map(SpamSignals.Verdict::signal).contains("copyright notice");
    assertThat(SpamSignals.judge(line)).map(SpamSignals.Verdict::injected).contains(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"点击上方蓝字关注我们", "▲点击上方“示例科技”，关注我们", "扫码关注公众号，获取更多资讯", "点个在看你最好看",
      "Subscribe to our AI newsletter", "Follow us on LinkedIn"})
  void callsToFollowOrSubscribeArePageChrome(String line) {
    assertThat(SpamSignals.judge(line)).map(SpamSignals.Verdict::signal).contains("call to action");
  }

  @ParameterizedTest
  @ValueSource(strings = {"往期推荐", "— 相关阅读 —", "【推荐阅读】", "END", "-END-", "（完）", "Related stories", "Read more:",
      "More from Example Tech"})
  void endMarksAndRelatedReadingHeadingsArePageChrome(String line) {
    assertThat(SpamSignals.judge(line)).map(SpamSignals.Verdict::signal).contains("end of article");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Facebook、Twitter和LinkedIn等社交平台都宣布将加强对生成式AI内容的审核。",
      "The lawsuit alleges copyright infringement by the model's training pipeline.",
      "该公司称，推理速度 > 上一代模型的两倍，而成本降低了一半。",
      "Revenue grew 40% / year, the company said, and margins improved.",
      "他呼吁业界关注我们这一代人面对的算力鸿沟问题，并点击了发布按钮。", "The end of the scaling era is near, he said.",
      "相关阅读材料显示，该模型在数学推理上表现突出。", "Subscribers to the service will get early access to the model."})
  void proseThatNamesTheSameThingsIsNotChrome(String line) {
    assertThat(SpamSignals.judge(line)).isEmpty();
  }
}
