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
  void creditedOutletsByTheirPlaceOnThePage() {
    assertThat(found("2025年3月18日 来源：江城晚报\n江城晨讯网讯 3月17日，一家物流公司宣布…\n"
        + "青禾社杭州3月16日电 该公司表示…\n南湖商报\n公司年报\n", EntityType.MEDIA_ORGANIZATION))
        .containsExactlyInAnyOrder("江城晚报", "江城晨讯网", "青禾社", "南湖商报");
    assertThat(found("OSLO, May 4 (Wirecast) - A shipping firm said on Monday …\nMay 5 (Newsline) — Lawmakers met.\n"
        + "Artificial intelligence (AI) - a short history\n", EntityType.MEDIA_ORGANIZATION))
        .containsExactlyInAnyOrder("Wirecast", "Newsline");
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
  void aNameInCornerQuotesThatTheNextWordCallsAConference() {
    assertThat(found("在「远航资讯」举办的「智汇新程——2025远航数字生态观察」大会上，嘉宾展开了讨论。", EntityType.EVENT))
        .containsExactly("智汇新程——2025远航数字生态观察");
    assertThat(found("他在「远航资讯」的专栏里写道，「开放」大有可为。", EntityType.EVENT)).isEmpty();
  }

  @Test
  void theNamesOfACreditLineOfTheirOwnArePeople() {
    assertThat(found("本期嘉宾 | 林远\n整理 | 小鹿、阿青\n他说整理 | 不对", EntityType.PERSON))
        .contains("小鹿", "阿青").doesNotContain("不对");
  }

  @Test
  void anyTitleInTitleMarksIsAWorkUnlessItNamesAnOutlet() {
    assertThat(found("图书馆新到了《现代汉语小词典》和《西游记》。", EntityType.WORK))
        .containsExactly("现代汉语小词典", "西游记");
    assertThat(found("据《南方晚报》报道，该书已再版。", EntityType.WORK)).isEmpty();
    assertThat(found("据《南方晚报》报道，该书已再版。", EntityType.MEDIA_ORGANIZATION)).containsExactly("南方晚报");
    assertThat(found("他在《星河月刊》上撰文。", EntityType.MEDIA_ORGANIZATION)).containsExactly("星河月刊");
  }

  @Test
  void aDemonstrativeStartsNoEventName() {
    assertThat(found("他在这次讲座上发言。", EntityType.EVENT)).isEmpty();
  }

  @Test
  void venueOfHeldAt() {
    assertThat(found("峰会于五月在深圳的会展中心举行。", EntityType.PLACE)).containsExactly("会展中心");
    assertThat(found("会议在线上举行。", EntityType.PLACE)).isEmpty();
    assertThat(found("公司在其开发者大会召开前宣布", EntityType.PLACE)).isEmpty();
  }

  @Test
  void aTimeInWordsIsNoVenue() {
    assertThat(found("在昨天下午举办的开放日上，团队展示了新机器人。", EntityType.PLACE)).isEmpty();
    assertThat(found("在今天上午举行的发布会上", EntityType.PLACE)).isEmpty();
    assertThat(found("在不久前召开的理事会上", EntityType.PLACE)).isEmpty();
    assertThat(found("在周末举行的比赛中", EntityType.PLACE)).isEmpty();
    assertThat(found("论坛在滨江会议中心举行。", EntityType.PLACE)).containsExactly("滨江会议中心");
  }

  @Test
  void aThreeCharacterNameBeforeAVerbTheListOmitted() {
    assertThat(found("星桥科技创始人李明远发表了主题演讲。", EntityType.PERSON)).containsExactly("李明远");
    assertThat(found("某研究院院长陈思远宣布成立新实验室。", EntityType.PERSON)).containsExactly("陈思远");
    assertThat(found("实验室主任王佳作《开放权重》报告", EntityType.PERSON)).containsExactly("王佳");
  }

  @Test
  void aSpeakerGivingATalkOrAnAppointee() {
    assertThat(found("会上，李明远作《推理成本的拐点》报告。", EntityType.PERSON)).containsExactly("李明远");
    assertThat(found("周岚作题为“开源之后”的演讲。", EntityType.PERSON)).containsExactly("周岚");
    assertThat(found("大家作《年度回顾》时都很紧张。", EntityType.PERSON)).isEmpty();
    assertThat(found("董事会任命孙立为首席技术官，并聘请何雨晴担任总监。", EntityType.PERSON))
        .containsExactlyInAnyOrder("孙立", "何雨晴");
  }

  @Test
  void anUnknownCloudBrandActingAsACompany() {
    assertThat(found("青藤云宣布完成新一轮融资，白鹭云此前收购了一家数据公司。", EntityType.COMPANY))
        .containsExactlyInAnyOrder("青藤云", "白鹭云");
    assertThat(found("政务云宣布扩容，公有云方面也在降价，星云宣布", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void peopleListedBeforeTheirCount() {
    assertThat(found("5月8日，苏禾、阿澈与林间三位作家来到书店对谈。", EntityType.PERSON))
        .containsExactly("苏禾", "阿澈", "林间");
    assertThat(found("论坛邀请了Ada Lin和周岚两位嘉宾。", EntityType.PERSON)).containsExactly("Ada Lin", "周岚");
    assertThat(found("苏禾、阿澈、林间两位作家", EntityType.PERSON)).isEmpty();
  }

  @Test
  void aNameAfterAProfessionWrittenAsATitle() {
    assertThat(found("作家、编剧沈一帆在发言中提到，工具只是辅助。", EntityType.PERSON)).containsExactly("沈一帆");
    assertThat(found("据Maria Chen介绍，团队已有四十人。", EntityType.PERSON)).containsExactly("Maria Chen");
  }

  @Test
  void aLatinNameACompanyReachesAnAgreementWith() {
    assertThat(found("此前，星河宣布与Veltrix达成战略合作，并和Nimbla公司签署了协议。", EntityType.COMPANY))
        .contains("Veltrix", "Nimbla");
    assertThat(found("她与Open达成合作，他和Dana Reyes签署了协议。", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void anOutletThatInterviewedSomeone() {
    assertThat(found("他接受了科创观察的采访，她接受深潮TechFlow独家专访。", EntityType.MEDIA_ORGANIZATION))
        .containsExactlyInAnyOrder("科创观察", "深潮TechFlow");
    assertThat(found("他接受了记者的采访，她接受了新华社记者的采访，也接受了李宁的专访。",
        EntityType.MEDIA_ORGANIZATION)).isEmpty();
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
    assertThat(found("An AI start-up raised money. Another AI lab, Such AI tools and Most AI firms did not.",
        EntityType.COMPANY)).isEmpty();
    assertThat(found("NimblaAI was founded in 2019; GenAI and AI are no companies.", EntityType.COMPANY))
        .containsExactly("NimblaAI");
    assertThat(found("Data from Zentrix.io, a tracker, and Nimbla.ai show it; see www.Quanta.com or Lumora.co.uk.",
        EntityType.COMPANY)).containsExactly("Zentrix.io", "Nimbla.ai");
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

  @Test
  void aLineOfSeveralCreditsCreditsPenNamesAndScreenNames() {
    assertThat(found("标题\n\n撰文：青禾君；编辑：听松；公众号：某某观察\n\n插图 云舟\n\n正文", EntityType.PERSON))
        .contains("青禾君", "听松", "云舟");
    assertThat(found("标题\n\n编辑:Moss-lab发布时间:3小时前\n\n正文", EntityType.PERSON)).containsExactly("Moss-lab");
    // a line that is not all credits, an uploader's number, and a heading that only opens with a role word
    assertThat(found("编辑：听松认为这样不妥，公众号：某某观察\n编辑:8bc2/ 浏览:\n设计理念\n摄影 技巧与构图",
        EntityType.PERSON)).isEmpty();
  }

  @Test
  void englishEventsNamedInTitleCase() {
    assertThat(found("Readout of Acme Foundation Roundtable with Researchers on Safe Household Robotics",
        EntityType.EVENT)).containsExactly("Acme Foundation Roundtable with Researchers on Safe Household Robotics");
    assertThat(found("Ministers met at the Lisbon Robotics Summit on Tuesday and at the Harbor Tech Forum in May.",
        EntityType.EVENT)).containsExactly("Lisbon Robotics Summit", "Harbor Tech Forum");
    assertThat(found("Today the meeting ended. This Summit matters; Meeting with reporters, she smiled.",
        EntityType.EVENT)).isEmpty();
  }

  @Test
  void englishPolicyDocumentsAndOrdersInTitleCase() {
    assertThat(found("The agency cited the Charter for Trustworthy Machines and the Open Robotics Safety Framework.",
        EntityType.WORK)).containsExactlyInAnyOrder("Open Robotics Safety Framework",
        "Charter for Trustworthy Machines");
    assertThat(found("The governor signed an executive order on Expanding Access to Public Computing in Schools.",
        EntityType.WORK)).containsExactly("Expanding Access to Public Computing in Schools");
    assertThat(found("Officials said this Action Plan and our Strategy would work.", EntityType.WORK)).isEmpty();
    assertThat(found("The Future of Robotics Report was praised by Jane Doe, Head of Robotics Strategy, and John Roe, "
        + "Director of Global Policy Strategy.", EntityType.WORK)).containsExactly("Future of Robotics Report");
  }

  @Test
  void aHedgeFundOrAHyphenatedNameByItsKindOfBusiness() {
    assertThat(found("Lumora is owned by the Swiss hedge fund Harbor-Grey, and the chipmaker Veltrix supplies it.",
        EntityType.COMPANY)).contains("Harbor-Grey", "Veltrix");
  }

  @Test
  void aCompanyAfterItsLineOfBusiness() {
    assertThat(found("Defence tech company Corvane hired engineers from robotics company Nimbla Labs.",
        EntityType.COMPANY)).contains("Corvane", "Nimbla Labs");
    assertThat(found("She sold the company Jane Doe founded, and a company Monday described was fined.",
        EntityType.COMPANY)).isEmpty();
  }

  @Test
  void aQuotedEnglishTitleAfterTheKindOfWriting() {
    assertThat(found("In his essay “Machines of Quiet Grace”, she argued, and a report titled \"The Robot Economy\" "
        + "agreed; the company called it “great”.", EntityType.WORK))
        .containsExactlyInAnyOrder("Machines of Quiet Grace", "The Robot Economy");
  }

  @Test
  void aLatinNameAfterANounForAKindOfPersonIsAPerson() {
    assertThat(found("荷兰程序员Pieter Vos在论坛上回应，而年轻女性Ana Ruiz则说明了她的用法。", EntityType.PERSON))
        .containsExactlyInAnyOrder("Pieter Vos", "Ana Ruiz");
    assertThat(found("开发者The Coming Wave", EntityType.PERSON)).isEmpty();
  }

  @Test
  void aLatinNameAfterANounForAKindOfOrganizationTakesThatKind() {
    String text = "视频平台Streamly和出版商Brightway Press宣布合作，科技媒体The Verge率先报道，非营利组织Open Harbor表示欢迎。";
    assertThat(found(text, EntityType.COMPANY)).containsExactlyInAnyOrder("Streamly", "Brightway Press");
    assertThat(found(text, EntityType.MEDIA_ORGANIZATION)).containsExactly("The Verge");
    assertThat(found(text, EntityType.ORGANIZATION)).containsExactly("Open Harbor");
    assertThat(found("这家公司AI部门的负责人说", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void aPublicationInTitleMarksNamedAsOne() {
    assertThat(found("据《经济观察报》报道，一项发表于《细胞》的研究和《环球科学》杂志的专栏都提到了它。",
        EntityType.MEDIA_ORGANIZATION)).containsExactlyInAnyOrder("经济观察报", "细胞", "环球科学");
    assertThat(found("他们在《物理评论快报》上发表论文，另据《南方日报》。", EntityType.MEDIA_ORGANIZATION))
        .containsExactlyInAnyOrder("物理评论快报", "南方日报");
    assertThat(found("《2025年人工智能发展报告》指出，《数据安全法》规定", EntityType.MEDIA_ORGANIZATION)).isEmpty();
  }

  @Test
  void aLatinNameAndVersionBeforeTheWordModel() {
    assertThat(found("去年发布的Vela 3模型和Corvid-2大模型", EntityType.AI_MODEL)).contains("Vela 3", "Corvid-2");
    assertThat(found("第3模型", EntityType.AI_MODEL)).isEmpty();
  }

  @Test
  void aNewsOutletByALatinNameTheWordsAroundCallOne() {
    assertThat(found("据Axion报道，NHK记者也在现场，而ABC公司未回应。", EntityType.MEDIA_ORGANIZATION))
        .containsExactlyInAnyOrder("Axion", "NHK");
  }

  @Test
  void aStandardExamIsAWork() {
    assertThat(found("模型在日本医师资格考试和律师资格考中都及格了，但在这次入学考试中落后。", EntityType.WORK))
        .containsExactlyInAnyOrder("日本医师资格考试", "律师资格考");
  }

  @Test
  void aCountrysMissionAbroadIsAnOrganization() {
    assertThat(found("法国驻北京大使馆和某国驻沪总领事馆都发表了声明。", EntityType.ORGANIZATION))
        .containsExactlyInAnyOrder("法国驻北京大使馆", "某国驻沪总领事馆");
  }

  @Test
  void theSocialPlatformX() {
    assertThat(found("他在社交平台X上写道，随后又在X上发文。", EntityType.PRODUCT)).containsExactly("X", "X");
    assertThat(found("X光检查和X射线", EntityType.PRODUCT)).isEmpty();
  }

  @Test
  void anUnknownLatinNameDoingWhatACompanyDoesIsOne() {
    assertThat(found("Veltrix发布了新芯片，Corvo宣布完成2亿美元融资，Nimbla公司获得了软银的投资。", EntityType.COMPANY))
        .containsExactlyInAnyOrder("Veltrix", "Corvo", "Nimbla");
    assertThat(found("Generative宣布", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void personNamesWithAPrefixedSurname() {
    assertThat(found("专家Ava McLeod和开发者Tim DeWitt都认为", EntityType.PERSON))
        .containsExactlyInAnyOrder("Ava McLeod", "Tim DeWitt");
  }

  @Test
  void aChineseCompanyNameThatSpeaksOrActsAsACompany() {
    assertThat(found("对此，云帆科技方面回应称，暂无计划。星河智能宣布完成5亿元融资。", EntityType.COMPANY))
        .containsExactlyInAnyOrder("云帆科技", "星河智能");
    assertThat(found("人工智能表示了一种趋势，金融科技公司称，中国科技发布了报告。", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void aLatinNameAfterTheWordForALargeModel() {
    assertThat(found("该公司宣布其大模型Orvia通过备案，自研语言模型Kestrel Pro也已上线。", EntityType.AI_MODEL))
        .contains("Orvia", "Kestrel Pro");
    assertThat(found("这类大模型Transformer架构的改进很多。", EntityType.AI_MODEL)).isEmpty();
  }

  @Test
  void aGameInTitleMarksBesideTheWordForGame() {
    assertThat(found("该公司旗下游戏《星海迷航》上线首月流水过亿，《云端列车》手游也将公测。", EntityType.PRODUCT))
        .contains("星海迷航", "云端列车");
    assertThat(found("她的代表作《北方的河》出版于1984年，《游戏产业》杂志做了报道。", EntityType.PRODUCT)).isEmpty();
  }

  @Test
  void anOutletACompanyAnswersWithoutTitleMarks() {
    assertThat(found("对此，星河方面回应南方财经表示，消息不实。云帆告诉华夏日报，暂无计划。", EntityType.MEDIA_ORGANIZATION))
        .containsExactlyInAnyOrder("南方财经", "华夏日报");
    assertThat(found("他回应称，该日报报道有误。", EntityType.MEDIA_ORGANIZATION)).isEmpty();
  }

  @Test
  void aCompanyAcquiredByAnother() {
    assertThat(found("两年后，青果被云帆收购。北辰数据已被一家基金全资收购。", EntityType.COMPANY))
        .contains("青果", "北辰数据");
    assertThat(found("该公司被星河收购，其业务被整合。他被公司收购的消息吓了一跳。", EntityType.COMPANY))
        .doesNotContain("该公司", "公司", "他", "业务");
  }

  @Test
  void aLatinProductNamedByItsKindInChineseText() {
    assertThat(found("六月上线的产品有Orbit Vision、Nova Dream Machine，开发者也常用Lumen Studio。", EntityType.PRODUCT))
        .containsExactly("Nova Dream Machine", "Lumen Studio");
    assertThat(found("Why the Dream Machine Matters. He said Nova Studio was late.", EntityType.PRODUCT)).isEmpty();
  }

  @Test
  void aListedCompanyByItsStockCodeAndAnAccountByItsKind() {
    assertThat(found("公告称青岚智能(688123)已量产，北辰控股（02088.HK）跟进，远山电子(SZ300123)观望。", EntityType.COMPANY))
        .contains("青岚智能", "北辰控股", "远山电子");
    assertThat(found("他在2023年(123456)提到了这家公司（2024）。", EntityType.COMPANY)).isEmpty();
    assertThat(found("据“星河观察”微信公众号消息，公众号「临江发布」也转载了。", EntityType.MEDIA_ORGANIZATION))
        .containsExactly("星河观察", "临江发布");
  }

  @Test
  void aFundWordBeforeMarketOrCircleIsNoName() {
    assertThat(found("业内期待国内创投市场回暖，北辰资本也在观望，远山创投圈子里议论纷纷。", EntityType.COMPANY))
        .containsExactly("北辰资本");
  }

  @Test
  void modelVariantsAndDatedSnapshots() {
    assertThat(found("GLM-5-Air、Kimi K3 Thinking和OpenAI-o3-0416都在榜上。", EntityType.AI_MODEL))
        .contains("GLM-5-Air", "Kimi K3 Thinking", "OpenAI-o3-0416");
  }

  @Test
  void eventsNamedWithLatinWordsOrInQuotes() {
    assertThat(found("2024 FUTURE LINK全球智能创新大会开幕，「大模型前沿研讨会」同期举行，在会上发言的人很多。", EntityType.EVENT))
        .containsExactlyInAnyOrder("2024 FUTURE LINK全球智能创新大会", "大模型前沿研讨会");
  }

  @Test
  void quotedMachinesBeforeTheirKindAndOutletsByTheirReporters() {
    assertThat(found("建成“星河一号”“星河二号”等算力集群，但“大而全”的平台不是名字。", EntityType.PRODUCT))
        .containsExactlyInAnyOrder("星河一号", "星河二号");
    assertThat(found("他在接受南方晨报记者采访时说，本报记者也在场；他还告诉《深潮》，据华夏财经报道称。",
        EntityType.MEDIA_ORGANIZATION)).contains("南方晨报", "深潮", "华夏财经").doesNotContain("本报", "接受南方晨报");
  }

  @Test
  void conferencesWhereSomethingIsSaid() {
    assertThat(found("他在成都人工智能创新大会上指出，在5月9日的星河春季Nova·原力大会上发布，在2026年星河年会上表示，"
        + "在股东大会上和在年度大会上都没有发言。", EntityType.EVENT))
        .containsExactlyInAnyOrder("成都人工智能创新大会", "星河春季Nova·原力大会", "2026年星河年会");
  }

  @Test
  void aResearchFirmWhoseDataIsCited() {
    assertThat(found("根据Meridata的数据，据IDC统计，据Generative报告也不算。", EntityType.COMPANY))
        .containsExactlyInAnyOrder("Meridata", "IDC");
  }

  @Test
  void aPublicationThatLearnedSomething() {
    assertThat(found("《星海财经》获悉，该公司正在筹备上市；《网络安全法》了解到的情况不算。", EntityType.MEDIA_ORGANIZATION))
        .containsExactly("星海财经");
  }

  @Test
  void organizersButNotPeopleOrPointers() {
    assertThat(found("峰会由星火创想主办，云帆会展联合承办，由张小明发起，由该公司主办。", EntityType.ORGANIZATION))
        .containsExactlyInAnyOrder("星火创想", "云帆会展");
  }

  @Test
  void aFundsNameStartsAfterThePrepositionBeforeIt() {
    assertThat(found("本轮由远峰资本领投，获北辰创投跟投。", EntityType.COMPANY)).containsExactlyInAnyOrder("远峰资本", "北辰创投");
  }

  @Test
  void aHyphenatedCompanyNameAfterItsKind() {
    assertThat(found("It was funded by the hedge fund Sky-Harbor, which trades futures.", EntityType.COMPANY))
        .containsExactly("Sky-Harbor");
  }

  @Test
  void aLatinNameAfterANounForAKindOfProductIsAProduct() {
    assertThat(found("代码编辑器Zedra和聊天机器人Mira Chat都接入了新模型，人形机器人Atlas也在演示中出现。", EntityType.PRODUCT))
        .containsExactlyInAnyOrder("Zedra", "Mira Chat", "Atlas");
  }

  @Test
  void aLatinNameWithWhatOnlyACompanyHas() {
    assertThat(found("据悉，Corvex的估值已达30亿美元，Nimbla的员工超过500人。", EntityType.COMPANY))
        .containsExactlyInAnyOrder("Corvex", "Nimbla");
  }

  @Test
  void aModelFamilysVersionMayStartWithAnyCapital() {
    assertThat(found("MiniMax-M1和Hunyuan-T1都是推理模型。", EntityType.AI_MODEL)).contains("MiniMax-M1", "Hunyuan-T1");
  }

  @Test
  void anEnglishModelOrProductNamedAfterItsNounBetweenCommas() {
    String text = "Its newest model, Vela-Lite 3, beat the old one, and the firm's chatbot, Mira, and its chips, Arcus,"
        + " sold well.";
    assertThat(found(text, EntityType.AI_MODEL)).containsExactly("Vela-Lite 3");
    assertThat(found(text, EntityType.PRODUCT)).containsExactlyInAnyOrder("Mira", "Arcus");
    assertThat(found("The model, The Pile, was", EntityType.AI_MODEL)).isEmpty();
  }

  @Test
  void aTransliteratedSurnameRightAfterAJobTitle() {
    assertThat(found("Corvex首席执行官布兰特表示，委员会主席斯塔默说，议员莫雷诺认为", EntityType.PERSON))
        .containsExactlyInAnyOrder("布兰特", "斯塔默", "莫雷诺");
    assertThat(found("公司总裁也表示，董事长特别强调，CEO在会上说", EntityType.PERSON)).isEmpty();
  }
}
