package org.claimgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.Lexicon;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.junit.jupiter.api.Test;

/** The mention layers and the resolver on one-sentence documents whose NER output is given by hand. */
class LayeredMentionFinderTest {
  private static final Lexicon LEXICON = Lexicon.load();
  private final LayeredMentionFinder finder =
      new LayeredMentionFinder(new LexiconMatcher(LEXICON), new NamePatterns(), TypeCorrections.load());
  private final NameResolver resolver = new NameResolver(LEXICON);

  /** A document of one sentence; each NER mention is "text=TYPE" (or "text=TYPE/POS") and also becomes one token. */
  private static AnnotatedDocument document(String text, String... ner) {
    List<NerMention> mentions = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    for (String n : ner) {
      String surface = n.substring(0, n.lastIndexOf('='));
      int at = text.indexOf(surface, from);
      Span span = new Span(at, at + surface.length());
      String[] typeAndPos = n.substring(n.lastIndexOf('=') + 1).split("/");
      String pos = typeAndPos.length > 1 ? typeAndPos[1] : "NR";
      mentions.add(new NerMention(span, surface, typeAndPos[0]));
      tokens.add(new Token(tokens.size(), surface, span, pos, typeAndPos[0]));
      from = at;
    }
    int[] identity = new int[text.length()];
    Arrays.setAll(identity, i -> i);
    RawDocument raw = new RawDocument("t.txt", text, "0".repeat(64), "UTF-8");
    CleanDocument doc = new CleanDocument("t", raw, "t", Optional.empty(), Optional.empty(), text,
        List.of(new Paragraph(Paragraph.Role.BODY, new Span(0, text.length()))), new OffsetMap(identity, text.length()),
        List.of(), List.of());
    AnnotatedSentence s = new AnnotatedSentence(0, new Span(0, text.length()), tokens, List.of(), mentions);
    return new AnnotatedDocument(doc, List.of(s), List.of(), "test");
  }

  private List<Entity> entities(AnnotatedDocument doc) {
    return resolver.resolve(doc, finder.find(doc));
  }

  private static Optional<Entity> named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name))).findFirst();
  }

  @Test
  void anOrganizationsNameHoldsThePlaceItStartsWith() {
    List<Mention> found = finder.find(document("日本国家警察厅周二发布了新的网络安全指南。", "日本国家警察厅=ORGANIZATION"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("日本国家警察厅", EntityType.ORGANIZATION));
    assertThat(found).extracting(Mention::text).doesNotContain("日本");
  }

  @Test
  void anAdverbBeforeTheVerbOfHoldingIsNoPartOfTheVenue() {
    // The venue of 在…举行 ran into the adverb before the verb (X圆满举行) on a conference report; and a name that
    // holds the same characters with no verb after them stays whole.
    List<Mention> held = finder.find(document("峰会在临港滨湖圆满举行。", "临港滨湖圆满=GPE"));
    assertThat(held).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("临港滨湖", EntityType.PLACE));
    assertThat(held).extracting(Mention::text).doesNotContain("临港滨湖圆满");
    // After a known city the venue shape gives way to the city; NER's district then runs into the adverb.
    List<Mention> district = finder.find(document("峰会在深圳临港滨湖圆满举行。", "深圳=CITY", "临港滨湖圆满=GPE"));
    assertThat(district).extracting(Mention::text).contains("深圳", "临港滨湖").doesNotContain("临港滨湖圆满");
    List<Mention> named = finder.find(document("临港滨湖圆满社区发布了公告。", "临港滨湖圆满社区=GPE"));
    assertThat(named).extracting(Mention::text).contains("临港滨湖圆满社区");
  }

  @Test
  void aPlaceBeforeAGenericDescriptionStaysAPlace() {
    List<Mention> found = finder.find(document("多家德国汽车企业表示支持。", "德国汽车企业=ORGANIZATION"));
    assertThat(found).extracting(Mention::text).contains("德国").doesNotContain("德国汽车企业");
  }

  @Test
  void aTradeAndALegalFormLeftOverFromANameNameNothing() {
    // What NER may take for a name when a company's name is read in pieces (某某科技有限公司, 某某及投资公司).
    assertThat(finder.find(document("该市地铁有限公司与华为合作。", "地铁有限公司=ORGANIZATION", "华为=ORGANIZATION")))
        .extracting(Mention::text).contains("华为").doesNotContain("地铁有限公司");
    assertThat(finder.find(document("他曾在腾讯及投资公司任职。", "腾讯=ORGANIZATION", "及投资公司=ORGANIZATION")))
        .extracting(Mention::text).contains("腾讯").doesNotContain("及投资公司");
    // A country before the trade may make a name: Japan Airlines' Chinese name, with its Latin one in brackets.
    assertThat(finder.find(document("日本航空公司(Japan Airlines)开始使用语音助手。", "日本航空公司=ORGANIZATION",
        "Japan Airlines=ORGANIZATION"))).extracting(Mention::text).contains("日本航空公司");
  }

  @Test
  void aLatinFormInBracketsIsTheSameEntity() {
    List<Entity> entities = entities(document("德国联邦网络管理局(BNetzA)发布报告。", "德国联邦网络管理局=ORGANIZATION"));
    Entity office = named(entities, "德国联邦网络管理局").orElseThrow();
    assertThat(office.mentions()).extracting(Mention::text).contains("BNetzA");
    assertThat(office.type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aTransliteratedNameAndItsBracketedOriginalAndItsLastPartAreOnePerson() {
    List<Entity> entities = entities(document("英国议员约翰·史密斯(John Smith)说，史密斯将提交法案。",
        "约翰·史密斯=PERSON", "John Smith)=ORGANIZATION", "史密斯=ORGANIZATION"));
    Entity smith = named(entities, "约翰·史密斯").orElseThrow();
    assertThat(smith.type()).isEqualTo(EntityType.PERSON);
    assertThat(smith.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("约翰·史密斯", "John Smith", "史密斯");
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }

  @Test
  void unpairedBracketsAreTrimmedAndPairedOnesKept() {
    String text = "《Slate 和《时代》";
    assertThat(LayeredMentionFinder.trimPunctuation(new Span(0, 6), text).of(text)).isEqualTo("Slate");
    assertThat(LayeredMentionFinder.trimPunctuation(new Span(8, 12), text).of(text)).isEqualTo("《时代》");
  }

  @Test
  void aCreditLinesBarIsNoPartOfTheName() {
    String text = "星河日报记者 | 张晓明，编辑｜李文静";
    assertThat(LayeredMentionFinder.trimPunctuation(new Span(7, 12), text).of(text)).isEqualTo("张晓明");
    assertThat(LayeredMentionFinder.trimPunctuation(new Span(15, 19), text).of(text)).isEqualTo("李文静");
  }

  @Test
  void aPlaceOrLeaderFollowedByGovernmentIsAnOrganization() {
    List<Mention> found = finder.find(document("日本政府和韩国当局都表示反对。"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("日本政府", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("韩国当局", EntityType.ORGANIZATION));
  }

  @Test
  void anOrganizationCoreNlpFoundIsKeptWhenItsNameEndsInAnOrganizationNoun() {
    List<Mention> found = finder.find(document("警方与星河数据科技公司合作。", "星河数据科技公司=ORGANIZATION/NN"));
    assertThat(found).extracting(Mention::text).contains("星河数据科技公司");
  }

  @Test
  void aPlaceBeforeACompanysNameAndClassifierLeavesTheName() {
    List<Mention> found = finder.find(document("日本星河数据公司发布了财报。", "日本星河数据公司=ORGANIZATION"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("日本", EntityType.PLACE),
        org.assertj.core.groups.Tuple.tuple("星河数据", EntityType.COMPANY));
  }
  @Test
  void theOrganizationBeforeAJobTitleChainIsNamed() {
    List<Mention> found = finder.find(document("深空科技联合创始人兼CTO赵明哲表示，成本在下降。",
        "深空=O/JJ", "科技=O/NN", "联合=O/JJ", "创始人=O/NN", "赵明哲=PERSON"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("深空科技", EntityType.COMPANY),
        org.assertj.core.groups.Tuple.tuple("赵明哲", EntityType.PERSON));
  }

  @Test
  void aDescriptionBeforeAJobTitleIsNoOrganization() {
    List<Mention> found = finder.find(document("行业分析师王强和公司首席执行官张伟都认为价格会降。",
        "行业=O/NN", "分析师=O/NN", "王强=PERSON", "公司=O/NN", "首席=O/JJ", "执行官=O/NN", "张伟=PERSON"));
    assertThat(found).extracting(Mention::type).containsOnly(EntityType.PERSON);
  }

  @Test
  void nerGuessingAPersonBeforeATitleYieldsToTheOrganization() {
    List<Mention> found = finder.find(document("星河云总裁钱卫东介绍了新产品。", "星河云=PERSON", "总裁=O/NN",
        "钱卫东=PERSON"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("星河云", EntityType.COMPANY));
  }

  @Test
  void aTitleNerGluedToANameIsCutOff() {
    List<Mention> found = finder.find(document("前董事總經理簡立峰指出，教育正在改变。", "總經理簡立峰=ORGANIZATION"));
    assertThat(found).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("簡立峰", EntityType.PERSON));
  }

  @Test
  void aNameCutShortInOneSentenceIsCompletedFromTheFullName() {
    List<Entity> entities = entities(document("首席科学家欧阳清源表示，欧阳清源此前在研究院工作。", "欧阳=PERSON"));
    assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
        .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(Mention::text)
            .containsOnly("欧阳清源").hasSize(2));
  }

  @Test
  void aCompanysShortNameJoinsIt() {
    List<Entity> entities = entities(document("Nimbla said it had hired, and Nimbla Labs raised money.",
        "Nimbla=PERSON"));
    assertThat(entities).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Nimbla")))
        .singleElement().satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.COMPANY);
          assertThat(e.mentions()).extracting(Mention::text).contains("Nimbla Labs");
        });
  }

  @Test
  void aVersionAfterAChineseModelNameIsThatModel() {
    List<Mention> found = finder.find(document("星河智能推出了天枢大模型，最新版本天枢-2.5已开放。", "天枢=O/NR"));
    assertThat(found).extracting(Mention::text).contains("天枢大模型", "天枢-2.5");
    List<Mention> quantity = finder.find(document("星河智能推出了天枢大模型，天枢 70 亿参数版本和天枢30万字上下文均已开放。",
        "天枢=O/NR"));
    assertThat(quantity).extracting(Mention::text).doesNotContain("天枢 70", "天枢30");
  }
  @Test
  void aUnitNamedAfterItsOrganizationIsAnOrganizationToo() {
    List<Mention> found = finder.find(document("星河大学智能产业研究院与星河集团的研究团队合作。", "星河大学=ORGANIZATION"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("星河大学", EntityType.RESEARCH_ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("星河大学智能产业研究院", EntityType.RESEARCH_ORGANIZATION));
  }

  @Test
  void aDepartmentInsideAJobTitleIsNoOrganization() {
    List<Mention> found = finder.find(document("星河集团企业发展事业群总经理钱卫东出席。", "星河集团=ORGANIZATION",
        "钱卫东=PERSON"));
    assertThat(found).extracting(Mention::text).doesNotContain("星河集团企业发展事业群");
  }
  @Test
  void aLatinNameListedWithOrganizationsIsOne() {
    List<Mention> found = finder.find(document("与会者包括德国的Nimbla Labs、意大利的Corvo、法国的Zentrix AI和英国的Quillo。",
        "Corvo=PERSON"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Corvo", EntityType.COMPANY),
        org.assertj.core.groups.Tuple.tuple("Quillo", EntityType.COMPANY));
  }

  @Test
  void aLatinNameListedWithAModelIsAModel() {
    List<Mention> found = finder.find(document("该公司最先进的模型Fable 5和Mythos 5引发争议，Inc.和AI不在其中。"));
    assertThat(found).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Fable 5", EntityType.AI_MODEL),
        org.assertj.core.groups.Tuple.tuple("Mythos 5", EntityType.AI_MODEL));
    assertThat(found).filteredOn(m -> m.type() != EntityType.TOPIC).extracting(Mention::text)
        .doesNotContain("Inc.", "AI");
  }

  @Test
  void aPlaceAndTheNounsAfterItEndingInAnOrganizationsHeadAreOneName() {
    List<Mention> found = finder.find(document("巴西国家数据保护局周一宣布调查。",
        "巴西=COUNTRY", "国家=O/NN", "数据=O/NN", "保护局=O/NN", "周一=DATE/NT"));
    assertThat(found).extracting(Mention::text, Mention::type)
        .contains(org.assertj.core.groups.Tuple.tuple("巴西国家数据保护局", EntityType.ORGANIZATION));
    assertThat(found).extracting(Mention::text).doesNotContain("巴西");
    List<Mention> university = finder.find(document("巴西州立大学的研究者参与了测试。",
        "巴西=COUNTRY", "州立=O/JJ", "大学=O/NN", "的=O/DEG"));
    assertThat(university).extracting(Mention::text, Mention::type)
        .contains(org.assertj.core.groups.Tuple.tuple("巴西州立大学", EntityType.RESEARCH_ORGANIZATION));
  }

  @Test
  void aPlaceBeforeAWordThatOnlyEndsLikeAnOrganizationStaysAPlace() {
    assertThat(finder.find(document("日本政治格局正在变化。", "日本=COUNTRY", "政治=O/NN", "格局=O/NN")))
        .extracting(Mention::text).containsExactly("日本");
    // 巴西西部 is a region of the country, a place (PlaceUnits), never an organization ending in 部
    List<Mention> west = finder.find(document("巴西西部的工厂和巴西大学都受到影响。", "巴西=COUNTRY", "西部=O/NN",
        "的=O/DEG", "巴西=COUNTRY", "大学=O/NN"));
    assertThat(west).extracting(Mention::text).contains("巴西");
    assertThat(west).extracting(Mention::type).containsOnly(EntityType.PLACE);
  }

  @Test
  void aPlaceInsideALongerNameStartsNoName() {
    List<Mention> found = finder.find(document("参议院日本问题委员会召开听证会。",
        "参议院=O/NN", "日本=COUNTRY", "问题=O/NN", "委员会=O/NN"));
    assertThat(found).extracting(Mention::text).doesNotContain("日本问题委员会");
  }

  @Test
  void anNerNameRunIntoABracketedFormAndTheNextNameIsCutBeforeTheBracket() {
    List<Entity> entities = entities(document("他推荐了星河大学（XU）某某中心进行测序。", "星河大学（XU）某某中心=ORGANIZATION"));
    assertThat(named(entities, "星河大学")).hasValueSatisfying(e -> {
      assertThat(e.type()).isEqualTo(EntityType.RESEARCH_ORGANIZATION);
      assertThat(e.mentions()).extracting(Mention::text).contains("XU");
    });
  }

  @Test
  void aCompanyNerTookForAPersonIsTheCompanyWhenTheDocumentSaysSo() {
    assertThat(finder.find(document("青渡，这家以休闲游戏闻名的公司，近日发布了新作。", "青渡=PERSON")))
        .extracting(Mention::text, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("青渡", EntityType.COMPANY));
    assertThat(finder.find(document("投资方包括青渡等游戏巨头。", "青渡=PERSON")))
        .extracting(Mention::text, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("青渡", EntityType.COMPANY));
  }

  @Test
  void aPersonBeforeACompanyWordStaysAPerson() {
    assertThat(finder.find(document("贺一舟，这家公司的创始人，表示将继续投入。", "贺一舟=PERSON")))
        .extracting(Mention::type).containsExactly(EntityType.PERSON);
    assertThat(finder.find(document("贺一舟等公司高管出席了会议，邹宁等企业的负责人也来了。", "贺一舟=PERSON", "邹宁=PERSON")))
        .extracting(Mention::type).containsOnly(EntityType.PERSON);
  }

  @Test
  void aDescriptionNerTookForAnOrganizationIsNoName() {
    assertThat(finder.find(document("一家AI初创公司宣布完成融资。", "AI初创公司=ORGANIZATION")))
        .noneMatch(m -> m.type().isOrganization());
  }

  @Test
  void aProductNameWithOfficersOrThatDevelopsThingsIsTheUnitRunningIt() {
    assertThat(named(entities(document("阿里云研发的新模型开始测试。")), "阿里云"))
        .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.COMPANY));
    assertThat(named(entities(document("火山引擎总裁表示价格还会下降。")), "火山引擎"))
        .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.COMPANY));
    assertThat(named(entities(document("这个模型在腾讯云上提供服务。")), "腾讯云"))
        .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.PRODUCT));
  }

  @Test
  void anOutletCalledAgainByTheLastWordOfItsNameIsThatOutlet() {
    List<Entity> entities = entities(document("The Washington Post reported the deal. The Post, citing two people, "
        + "said The New York Times was wrong; the Times Group and The Times of Malta did not comment."));
    assertThat(named(entities, "The Post")).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("washington-post"));
    assertThat(entities).flatExtracting(Entity::mentions).extracting(Mention::text)
        .doesNotContain("the Times", "The Times");
    // NER's own organization "Post" for the short name joins the outlet too.
    assertThat(named(entities(document("The Washington Post reported it first, according to the Post.",
        "according=O/VBG", "Post=ORGANIZATION/NNP")), "Post")).hasValueSatisfying(e -> assertThat(e.key()).isEqualTo("washington-post"));
    // Before the full name, or with two outlets ending in the word, "the Post" is left alone.
    assertThat(named(entities(document("The Post said so. The Washington Post agreed.")), "The Post")).isEmpty();
  }

  @Test
  void aHeadingOpeningWithAGerundIsNoOrganization() {
    // The helper makes each NER mention one token: the heading's first token is the gerund.
    assertThat(finder.find(document("Expanding Rural Broadband: Harbor Networks will build towers.",
        "Expanding Rural Broadband=ORGANIZATION/VBG", "Harbor Networks=ORGANIZATION/NNP")))
        .extracting(Mention::text).containsExactly("Harbor Networks");
  }

  @Test
  void anIndustrysBigFirmsTogetherAreNoOrganization() {
    assertThat(finder.find(document("Regulators say Big Tech and Big Pharma lobby hard, and Bigtech Labs agrees.",
        "Big Tech=ORGANIZATION/NNP", "Big Pharma=ORGANIZATION/NNP", "Bigtech Labs=ORGANIZATION/NNP")))
        .extracting(Mention::text).containsExactly("Bigtech Labs");
  }

  @Test
  void anEnglishProductNameWithOfficersOrAfterAKindOfBusinessIsTheCompany() {
    assertThat(named(entities(document("Analysts expect Cursor's chief executive to raise prices.")), "Cursor"))
        .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.COMPANY));
    assertThat(named(entities(document("Investors backed the chatbot startup Poe last year.")), "Poe"))
        .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.COMPANY));
    assertThat(named(entities(document("Developers use Cursor to write code, and Cursor's new agent mode helps.")),
        "Cursor")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.PRODUCT));
  }

  @Test
  void anOrganizationsNameWithAPlaceBeforeItIsTheSameOrganization() {
    List<Entity> entities = entities(document("台湾星河实验室发布报告，星河实验室的团队也参与了。",
        "台湾=STATE_OR_PROVINCE", "星河=O/NR", "实验室=O/NN", "星河实验室=ORGANIZATION"));
    assertThat(named(entities, "星河实验室")).hasValueSatisfying(e ->
        assertThat(e.mentions()).extracting(Mention::text).contains("台湾星河实验室", "星河实验室"));
  }

  @Test
  void anOrganizationsNameWithAModifierLeftOutAfterItsPlaceIsTheSameOrganization() {
    assertThat(NameResolver.isPlacedModifierLeftOut("美国国际机器人协会", "美国机器人协会", "美国")).isTrue();
    assertThat(NameResolver.isPlacedModifierLeftOut("北京师范大学", "北京大学", "北京")).isFalse();
  }

  @Test
  void aNameInTitleMarksHoldsThePlacesInIt() {
    List<Mention> found = finder.find(document("论文发表在《日本化学会志》上。"));
    assertThat(found).extracting(Mention::text, Mention::type)
        .contains(org.assertj.core.groups.Tuple.tuple("日本化学会志", EntityType.MEDIA_ORGANIZATION));
    assertThat(found).extracting(Mention::text).doesNotContain("日本");
  }

  @Test
  void descriptionsOfKindsOfBodyAreNoNames() {
    assertThat(finder.find(document("政府、民间社会组织和云平台都应参与，公司的亚太总部办公室也受到搜查。",
        "民间社会组织=ORGANIZATION", "云平台=PERSON", "亚太总部办公室=ORGANIZATION"))).isEmpty();
    assertThat(finder.find(document("世界卫生组织发布了指南。", "世界卫生组织=ORGANIZATION")))
        .extracting(Mention::text).containsExactly("世界卫生组织");
  }

  @Test
  void anOrganizationCountedOrPointedAtIsADescription() {
    assertThat(finder.find(document("他是一家星河编程工具公司的顾问。", "星河编程工具公司=ORGANIZATION"))).isEmpty();
  }

  @Test
  void aDeclaredShortNameIsTheOrganizations() {
    List<Entity> entities = entities(document("星河数据科技有限公司（以下简称“星数”）宣布融资。星数的客户包括银行。",
        "星河数据科技有限公司=ORGANIZATION"));
    assertThat(named(entities, "星数")).hasValueSatisfying(e -> {
      assertThat(e.type().isOrganization()).isTrue();
      assertThat(e.mentions()).extracting(Mention::text).containsExactlyInAnyOrder("星河数据科技有限公司", "星数", "星数");
    });
  }

  @Test
  void oneWordOfALatinPhraseInChineseTextIsNoPerson() {
    // NER now and then calls the first word of an English term inside Chinese text a person.
    List<Mention> phrase = finder.find(document("用户都在问Super App何时出现。", "Super=PERSON"));
    assertThat(phrase).extracting(Mention::text).doesNotContain("Super");
    // A whole Latin name, and one word before Chinese text, stay a person.
    List<Mention> whole = finder.find(document("研究员Jane Smith认为这一方向值得投入。", "Jane Smith=PERSON"));
    assertThat(whole).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Jane Smith", EntityType.PERSON));
    List<Mention> alone = finder.find(document("据Conway介绍，新版本下月上线。", "Conway=PERSON"));
    assertThat(alone).extracting(Mention::text, Mention::type).contains(
        org.assertj.core.groups.Tuple.tuple("Conway", EntityType.PERSON));
  }
}
