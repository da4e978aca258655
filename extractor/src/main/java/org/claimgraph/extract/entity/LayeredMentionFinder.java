package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.MentionFinder;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.KbpGazetteer;
import org.claimgraph.extract.lexicon.LexiconEntry;
import org.claimgraph.extract.lexicon.LexiconMatch;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.claimgraph.extract.tagging.InfoboxLines;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * Mentions from three layers, most trusted first: lexicon matches, name shapes, then CoreNLP's NER with its types
 * corrected. A later layer never overrides an earlier one where they overlap, except that an event name may nest
 * around the names inside it. Then passes that read the layers together: the organization before a person's job
 * title, units named after their organization, Latin names listed beside typed ones, versions of Chinese model
 * names and the apps named after models, person names CoreNLP cut short, pieces of longer names taken for people,
 * and names found once mentioned wherever they recur. Each pass is a class of its own; {@link #find} keeps their order, as each reads what the earlier ones
 * accepted.
 */
public final class LayeredMentionFinder implements MentionFinder {
  private static final Map<String, EntityType> NER_TYPES = Map.of(
      "PERSON", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANIZATION,
      "GPE", EntityType.PLACE,
      "LOCATION", EntityType.PLACE,
      "CITY", EntityType.PLACE,
      "COUNTRY", EntityType.PLACE,
      "STATE_OR_PROVINCE", EntityType.PLACE);
  /** A run of capitalised Latin words, the name inside a mixed mention such as "AI先驱Michael Wooldridge". */
  private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*");
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /**
   * Adds a pattern's name over {@code span} of {@code type} in place of the mentions found inside it, when every mention
   * it overlaps lies inside it and {@code replaceable} allows it (a pass's own exceptions); true when it was added.
   */
  static boolean replaceInside(AnnotatedDocument doc, List<Mention> accepted, Span span, EntityType type,
      Predicate<Mention> replaceable) {
    List<Mention> inside = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
    if (!inside.stream().allMatch(m -> span.contains(m.span()) && replaceable.test(m))) {
      return false;
    }
    accepted.removeAll(inside);
    accepted.add(new Mention(span, span.of(doc.text()), type, doc.sentenceAt(span.begin()), Mention.Source.PATTERN));
    return true;
  }
  private static final Pattern CAMEL = Pattern.compile("[a-z][A-Z]");
  /** All-caps abbreviations of three letters or fewer (AI, ML) are too ambiguous to be names without a lexicon. */
  static final Pattern SHORT_CAPS = Pattern.compile("[A-Z]{1,3}");
  /** A bare abbreviation plus a classifier noun is a description ("AI公司", "AI届"), not a name. */
  private static final Pattern GENERIC = Pattern.compile("[A-Z]{1,3}\\p{IsHan}{1,2}|\\p{IsHan}{1,2}[A-Z]{1,3}");
  /**
   * Words that point at a party rather than name one: 前者, 后者, and a country's or a party's one-character short form
   * before 方 (side) or 媒 (press): 韩方, 美方, 校方, 外媒, 日媒. 西方 and 东方 (the West, the East) are places.
   */
  private static final Pattern REFERRING =
      Pattern.compile("前者|后者|[中美日韩朝俄英法德欧印台陆港澳越泰菲澳加意以伊巴沙土乌外官党各双对我校警军资劳甲乙][方媒]");
  /** English names of a whole industry's big firms (Big Tech, Big Pharma): a collective description, no one body. */
  private static final Pattern ENGLISH_INDUSTRY_COLLECTIVE = Pattern.compile(
      "Big (?:Tech|Pharma|Oil|Tobacco|Food|Ag|Banks?|Telecom|Auto)");
  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("He", "She", "It", "They", "We", "You", "His",
      "Her", "Its", "Their", "Our", "This", "That", "These", "Those", "The");
  /** Separators CoreNLP sometimes keeps at the edge of a mention. */
  private static final String SEPARATORS = "、，,：:；;。 |｜";
  /** Bracket and quote pairs: one at a mention's edge is trimmed when its partner is not inside ("Marco Rubio)"). */
  private static final String OPENERS = "(（《“‘「『[【\"";
  private static final String CLOSERS = ")）》”’」』]】\"";
  /**
   * Generic descriptions that a place may precede without making a name: 美国科技公司, 中国人工智能企业, 民间社会组织,
   * 云平台, 欧洲总部办公室; also with a word of rank and the country or region written into the mention (美国顶尖AI实验室,
   * 国内头部企业).
   */
  /** A place or a region before a trade, which may make a name of it (法国航空公司 is Air France's). */
  private static final String PLACE_BEFORE_TRADE = "美国|中国|国内|国外|欧洲|亚洲|日本|韩国|英国|法国|德国|印度|硅谷|本土|当地";
  private static final Pattern OPENS_WITH_PLACE = Pattern.compile("^(?:" + PLACE_BEFORE_TRADE + ")");
  private static final Pattern GENERIC_ORGANIZATION = Pattern.compile(
      "(?:" + PLACE_BEFORE_TRADE + ")?"
          + "(?:人工智能|AI|科技|技术|芯片|半导体|互联网|初创|新创|软件|云|电信|汽车|能源|制药|生物技术|大型|小型|相关|民营|国有|"
          + "民间|社会|非政府|非营利|公益|慈善|国际|学术|行业|金融|投资|媒体|亚太|全球|区域|地区|海外|总部|顶尖|顶级|领先|"
          + "一流|知名|主要|前沿|先进|头部|新兴|传统|中小|大|小|通用|私募|股权|风险|"
          // the field of the business: AI大模型公司, 具身智能企业, 机器人公司
          + "大模型|模型|机器人|具身智能|自动驾驶|算力|云计算|"
          // more trades: 网络公司, 游戏公司, 电商企业, 社交媒体公司, 网络安全公司
          + "网络|游戏|电商|电子商务|社交|社交媒体|网络安全|通信|通讯|硬件|娱乐|传媒|广告|物流|零售|支付|"
          + "金融科技|医疗|教育|咨询|影视|电影|出版|信息技术|IT|外包|视频|直播|"
          // and the trades of consumer business: 唱片公司, 音乐流媒体公司, 食品企业, 家电巨头
          + "音乐|唱片|流媒体|食品|饮料|餐饮|服装|家电|手机|电池|新能源|房地产|地产|保险|航空|旅游|酒店|快递|外卖|农业|化工|"
          + "制造|制造业|消费电子|安防|生物|医药|零部件|"
          // utilities and transport: 水利投资集团, 地铁有限公司, 清洁能源集团
          + "水利|水务|电力|电网|地铁|铁路|清洁能源)*"
          // a legal form before the head (科技有限公司, 股份有限公司): https://zh.wikipedia.org/wiki/有限责任公司
          + "(?:股份)?(?:有限)?(?:责任)?"
          + "(?:公司|企业|集团|巨头|实验室|机构|部门|当局|组织|平台|办公室|分部|总部)"
          // a start-up is described, never named so, whatever stands before it (港人工智能初创公司, 一家音乐科技初创企业)
          + "|.{0,10}(?:初创|新创|创业)(?:公司|企业)");
  /**
   * The head nouns that end an organization's name. A name ending in one may hold a place (美国商务部,
   * 上海人工智能研究院): the organization is the name, the place only part of it. Source: the organization suffixes
   * of CoreNLP's Chinese KBP rules (edu/stanford/nlp/models/kbp/chinese/tokensregex/defs.rules) and
   * https://zh.wikipedia.org/wiki/政府机构.
   */
  static final Pattern ORGANIZATION_HEAD = Pattern.compile("(?:部|局|署|院|所|处|厅|委员会|理事会|协会|学会|研究会|促进会|商会|工会|"
      + "联合会|基金会|联盟|组织|社|公司|集团|银行|交易所|大学|学院|实验室|中心|政府|议会|国会|内阁|法院|检察署|电视台|气象台|天文台|报|使馆|"
      + "领事馆|代表团|科委|发改委|經信委|经信委|网信办|常委会|人大|政协|工商联|科协|妇联|总工会|"
      // an agency's unit (海巡署查缉队, 警察总队, 某某中队); not a team, a ball team, an army, a fleet or a band
      + "(?<![团球车舰梯军乐部])队)$");
  /** A company's name and the classifier after it: 星河电子 + 公司. */
  private static final Pattern COMPANY_CLASSIFIER = Pattern.compile("(.+?)(?:股份有限公司|有限公司|公司|集团)");

  private final LexiconMatcher lexicon;
  private final NamePatterns patterns;
  private final TypeCorrections corrections;
  private final TitleLexicon titles = TitleLexicon.load();
  private final TitledOrganizations titledOrganizations = new TitledOrganizations(titles);
  private final OrganizationUnits organizationUnits = new OrganizationUnits(titles);

  public LayeredMentionFinder(LexiconMatcher lexicon, NamePatterns patterns, TypeCorrections corrections) {
    this.lexicon = lexicon;
    this.patterns = patterns;
    this.corrections = corrections;
  }

  /**
   * A legislator's party and state as American news labels them (Sen. Jane Doe, D-Ohio; R-N.Y.; I-Vt.): a label, not
   * a place the article talks about.
   */
  private static final Pattern PARTY_STATE_LABEL = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?");

  /**
   * Two countries by their one-character short forms (美英, 中美, 日韩, 美欧): a pair the article compares or joins, not
   * one place or body.
   */
  private static final Pattern COUNTRY_PAIR = Pattern.compile("[中美英日韩韓俄法德印澳加欧歐台臺港朝越泰以伊巴]{2}");

  /**
   * Capital as money, not a fund's name: 注册资本 (registered capital), 雄厚资本, 国有资本, 社会资本, and having it (他有资本,
   * 让他有资本): the common collocations of 资本 in finance writing, in either script.
   */
  private static final Pattern GENERIC_CAPITAL = Pattern.compile(
      "(?:\\p{IsHan}{0,2}(?:有|拥有|擁有|没有|沒有))?(?:注册|註冊|雄厚|国有|國有|社会|社會|民间|民間|外国|外國|境外|海外|国际|國際|"
          + "私人|金融|产业|產業|风险|風險|工商|巨额|巨額|大量|充足)*[资資]本");

  /**
   * A head noun of organizations' names standing alone, perhaps after a word pointing at it or calling it new (研究院,
   * 新实验室, 该研究所): a unit the text does not name, in either script.
   */
  private static final Pattern BARE_HEAD = Pattern.compile("(?:新|新的|该|本|其|这个|這個|此)?(?:研究院|研究所|研究中心|"
      + "研究室|实验室|實驗室|学院|學院|大学|大學|中心|基金会|基金會|委员会|委員會|协会|協會|学会|學會|事业部|事業部|"
      + "事业群|事業群|院|所|系)");

  /** A trade and a legal form alone (科技有限公司), perhaps after a list's conjunction, with no place to name it. */
  private static boolean isLeftOverTrade(String name) {
    String item = LEADING_JOINER.matcher(name).replaceFirst("");
    return isGenericOrganization(item) && !OPENS_WITH_PLACE.matcher(item).find();
  }

  /** A conjunction a list leaves before its next item: 及, 和, 与, 以及. */
  private static final Pattern LEADING_JOINER = Pattern.compile("^(?:以及|及|和|与|與)");

  /** 科技公司, AI初创企业, 实验室, 注册资本: a description of an organization, or money, not a name. */
  static boolean isGenericOrganization(String name) {
    return GENERIC_ORGANIZATION.matcher(name).matches() || GENERIC_CAPITAL.matcher(name).matches();
  }

  /** CoreNLP's NER mentions are one layer; proper-noun tags confirm them. */
  @Override
  public Set<AnnotationLayer> requires() {
    return EnumSet.of(AnnotationLayer.TOKENS, AnnotationLayer.POS, AnnotationLayer.NER);
  }

  @Override
  public List<Mention> find(AnnotatedDocument doc) {
    String text = doc.text();
    List<Mention> accepted = new ArrayList<>();
    List<NamePatterns.Found> shapes = patterns.find(text);
    for (LexiconMatch m : lexicon.find(text)) {
      if (!insideEnglishTitle(text, m.span()) && !opensALongerQuotedName(text, m)
          && !startsInsideNumber(doc, m.span()) && !cutsTwoWords(doc, m.span())
          && !(m.entry().type() == EntityType.PLACE && (insideDemonym(doc, m.span())
          || insideLongerLatinName(doc, m.span())))
          && !(m.entry().type() == EntityType.PERSON && insideLongerLatinName(doc, m.span()))
          && !shortFormOpeningOtherName(doc, m, shapes) && !shortFormNamingSomethingElse(doc, m)) {
        add(accepted, doc, m.span(), m.entry().type(), Mention.Source.LEXICON);
      }
    }
    for (NamePatterns.Found f : shapes) {
      if (f.pattern().equals("han-model") && !namesOnly(doc, new Span(f.span().begin(), f.span().end() - 3))) {
        continue; // 做垂直大模型, 折射出大模型: a verb phrase before 大模型, not a model's name
      }
      Span span = f.span();
      if (TOKEN_CHECKED_SHAPES.contains(f.pattern())) {
        Optional<Span> name = withoutLeadingNonNames(doc, span, false);
        Optional<Span> withoutVerbs = name.flatMap(n -> withoutLeadingNonNames(doc, n, true));
        if (f.pattern().equals("han-fund") && withoutVerbs.isPresent()
            && patterns.stillMatches(f.pattern(), withoutVerbs.get().of(text))) {
          name = withoutVerbs; // a verb before the name (期待X资本); but a rare name's first word may be tagged a verb
        }
        if (f.pattern().equals("han-fund") && withoutVerbs.isPresent() && name.isPresent()
            && !patterns.stillMatches(f.pattern(), withoutVerbs.get().of(text))
            && onlyFunctionWords(doc, new Span(name.get().begin(), withoutVerbs.get().begin()))) {
          continue; // 也有资本, 还有基金: capital or funds in a clause of function words, no name before them
        }
        if (name.isEmpty() || name.get().length() < 2 || isGenericOrganization(name.get().of(text))
            || f.pattern().equals("han-fund") && !patterns.stillMatches(f.pattern(), name.get().of(text))) {
          continue; // 根据X资本: the preposition is not part of the name; 创投圈: the name ends inside a word
        }
        span = name.get();
      }
      if (CUT_CHECKED_SHAPES.contains(f.pattern()) && afterCapitalisedWord(doc, span)) {
        continue; // ROSS Intelligence Inc., Second Spectrum CEO: the tail of a longer name, which NER may read whole
      }
      if (f.type() == EntityType.COMPANY && f.pattern().startsWith("english-")) {
        span = WholeNerNames.around(doc, span);
      }
      add(accepted, doc, span, f.type(), Mention.Source.PATTERN);
    }
    addForumsOfSessions(doc, accepted);
    addPlacesOpeningEvents(doc, accepted);
    UntitledPeople.addTo(doc, accepted, titles);
    doc.document().byline().map(Byline::authorSpan)
        .ifPresent(s -> add(accepted, doc, s, EntityType.PERSON, Mention.Source.BYLINE));
    doc.document().byline().map(Byline::coAuthorSpans).orElse(List.of())
        .forEach(s -> add(accepted, doc, s, EntityType.PERSON, Mention.Source.BYLINE));
    doc.document().byline().flatMap(Byline::outletSpan)
        .ifPresent(s -> add(accepted, doc, s, EntityType.MEDIA_ORGANIZATION, Mention.Source.BYLINE));
    DateLineOutlets.addTo(doc, accepted); // 2024-03-05 09:12 某某日报: the outlet on the date line (round 30)
    Set<String> personSurnames = personSurnames(doc);
    Set<String> companiesReadAsPeople = CompaniesReadAsPeople.names(doc, personSurnames, titles);
    Set<String> latinWordsNotPeople = NameFragments.latinWordsNotPeople(doc);
    Set<String> loneLatinNames = LoneLatinNames.names(doc, titles, accepted);
    Set<String> namesElsewhere = NameFragments.hanNamesByTheirTags(doc);
    for (AnnotatedSentence sentence : doc.sentences()) {
      for (NerMention ner : sentence.nerMentions()) {
        for (NerMention part : nameParts(text, sentence, ner)) {
          Optional<Mention> longer = longerNameAround(doc, accepted, part.span());
          if (longer.isPresent()) {
            add(accepted, doc, longer.get().span(), longer.get().type(), Mention.Source.PATTERN);
            continue;
          }
          if (part.nerType().equals("ORGANIZATION") && placesAndRegionOnly(accepted, part.span(), text)) {
            continue; // 英国伦敦西南部: known places and a direction, which NER took for an organization
          }
          if (part.nerType().matches("ORGANIZATION|MISC") && kindWordBeforeTechNoun(part.span(), text)) {
            continue; // 通用GPU芯片, 国产大模型: a word for a kind of thing, which NER took for a name
          }
          fromNer(doc, sentence, part, personSurnames, namesElsewhere)
              .map(m -> (m.type() == EntityType.PERSON
                  || m.type() == EntityType.PLACE && m.source() == Mention.Source.NER)
                  && companiesReadAsPeople.contains(m.text())
                  || m.type() == EntityType.PERSON && m.source() == Mention.Source.NER
                  && loneLatinNames.contains(m.text())
                  ? new Mention(m.span(), m.text(), EntityType.COMPANY, m.sentence(), m.source()) : m)
              .filter(m -> m.type() != EntityType.PERSON || !latinWordsNotPeople.contains(m.text()))
              .filter(m -> !PARTY_STATE_LABEL.matcher(m.text()).matches())
              .filter(m -> m.type() == EntityType.PERSON || !COUNTRY_PAIR.matcher(m.text()).matches())
              .filter(m -> m.type() != EntityType.PLACE || !PlaceUnits.isSalesRegion(m.text()))
              .ifPresent(m -> add(accepted, doc, m.span(), m.type(), m.source()));
        }
      }
    }
    ToldOutlets.addTo(doc, accepted); // told Harbor Wire: the outlet a speaker gave the quote to (round 33)
    NameFragments.replaceWithLongerNames(doc, accepted);
    OfTheNames.widen(doc, accepted); // Wizards of the Coast, which NER cut at "of" (round 28)
    PurposeNames.addTo(doc, accepted); // Centre for Coastal Studies, which NER cut at "for" (round 34)
    HeadedEnglishNames.addTo(doc, accepted); // Finnish Herring Council, which NER left untagged (round 34)
    addSurnamesNerMissed(doc, accepted);
    ParticipantLines.addTo(doc, accepted, titles);
    TranscriptSpeakers.addTo(doc, accepted);
    TranscriptSpeakers.addHanLabels(doc, accepted, titles);
    Governments.addTo(doc, accepted);
    PlacedOrganizations.addTo(doc, accepted);
    TradeNamedCompanies.addTo(doc, accepted);
    NamedOutlets.addTo(doc, accepted); // “某某”电视台, 某某资讯社: an outlet named before its noun
    StationNames.addTo(doc, accepted); // Kiss 98.3, 104.9 WXYZ, KXYZ-TV: a radio or TV station (round 36)
    for (Mention m : titledOrganizations.find(doc, accepted)) {
      add(accepted, doc, m.span(), m.type(), m.source());
    }
    TitledEnglishOrganizations.addTo(doc, accepted, titles); // CEO of Acme Robotics, Head of AI at Bright Forge
    Aliases.addBracketed(doc, accepted);
    Aliases.addDeclaredFullNames(doc, accepted); // 某某创新中心（以下简称“中心”） read whole (round 27)
    Aliases.addDeclaredShortNames(doc, accepted);
    organizationUnits.addTo(doc, accepted);
    organizationUnits.addBusinessLines(doc, accepted); // 百度电商, 京东物流 (round 23)
    CountryUnits.addTo(doc, accepted, titles); // 某某资本中国, ABC中国副总裁: a company's unit in a country (round 30)
    OrganizationUnits.addAbbreviatedResearchBodies(doc, accepted);
    CompoundNames.addUnitsWithCoordinatedFields(doc, accepted);
    NestedParents.addTo(doc, accepted, lexicon);
    ListedNames.addCoordinatedNames(doc, accepted);
    ListedNames.addListedCompanies(doc, accepted);
    ListedNames.addListedProducts(doc, accepted);
    ListedNames.addCountedQuotedNames(doc, accepted);
    ListedNames.addEnglishExamples(doc, accepted);
    ListedNames.addEnglishOrganizationExamples(doc, accepted);
    FundingParties.addTo(doc, accepted);
    UntaggedCompanies.addTo(doc, accepted); // HP, Humane: proper nouns NER left untagged, in a company's context
    EnglishLists.addTo(doc, accepted); // Acme, Initech and Nexora: untagged items of a list of organizations
    EncyclopediaSubjects.addTo(doc, accepted);
    ModelVersions.addTo(doc, accepted);
    ModelApps.addTo(doc, accepted);
    PersonNames.addSplitSurnames(doc, accepted, titles);
    PersonNames.trimGluedCharacters(doc, accepted, titles);
    PersonNames.completeCutNames(doc, accepted);
    PersonNames.addLegalRepresentatives(doc, accepted); // 法定代表人为X: a person, whole (round 24)
    PersonNames.addCoordinatedPeople(doc, accepted);
    PersonNames.addPeopleIntroducedByAge(doc, accepted); // 6岁的X, 7岁男孩X (round 37)
    PersonNames.addPeopleByTermOfAddress(doc, accepted); // 市民李女士, 张先生, 王老师 (round 37)
    PersonNames.addListedLatinPeople(doc, accepted);
    PersonNames.addTransliterationsBeforeLatinNames(doc, accepted);
    PersonNames.addQuotedNicknameNames(doc, accepted); // Piotr "Viper" Nowak (round 24)
    PersonNames.addSpeakersOfOrganizations(doc, accepted); // Jane Doe of Harbor Ventures adds (round 24)
    NameFragments.widenToProperNounRuns(doc, accepted);
    NameFragments.replaceWithLongerNames(doc, accepted); // again, with the names the passes since have found
    CapitalisedOpeners.addTo(doc, accepted); // Beyond Meat: a capitalised common word opens the name (round 26)
    InstitutionBranches.addTo(doc, accepted);
    PlaceUnits.addUnits(doc, accepted);
    PlaceUnits.addRegions(doc, accepted);
    LandmarkNames.addTo(doc, accepted); // 某某盆地, 某某国际机场: venues and geographic features (round 32)
    LandmarkNames.addEnglishVenues(doc, accepted); // London Zoo, Raglan nickel mine (round 33)
    Aliases.addRestsOfCompoundNames(doc, accepted, lexicon); // 优图 after 腾讯优图 (round 23)
    CompoundNames.addCompaniesBeforeBracketedGloss(doc, accepted); // 某国航空公司(Xyz Air) (round 32)
    RecurringNames.addTo(doc, accepted);
    ModelVersions.addReleasedVersions(doc, accepted);
    ModelVersions.addLatinVersions(doc, accepted);
    EnglishProducts.addTo(doc, accepted); // after the versions, which name models launched with a number
    ProductVariants.addTo(doc, accepted); // Galaxy S24 Ultra, Orrin-Mini: a found line's variants (round 29)
    EventEditions.addHostedEditions(doc, accepted); // 卡塔尔世界杯, 广州车展: an edition named by its host (round 31)
    EventEditions.addYears(doc, accepted);
    HeadNounReferences.addTo(doc, accepted);
    EncyclopediaSubjects.retypeCompanySubject(doc, accepted);
    accepted.removeIf(m -> isBrokenName(m.text()));
    accepted.removeIf(m -> m.type() == EntityType.AI_MODEL && m.source() != Mention.Source.LEXICON
        && NamePatterns.isGenericModelName(m.text()));
    accepted.replaceAll(m -> beforeTitleItCuts(doc.text(), m));
    accepted.replaceAll(m -> withoutGluedPreposition(doc.text(), m));
    withoutPrepositionBeforeName(doc, accepted);
    OtherNames.apply(doc, accepted, lexicon);
    accepted.removeIf(m -> opensMethodName(doc.text(), m));
    accepted.replaceAll(m -> withoutRelativeClauseVerb(doc.text(), m));
    // Names that the passes above cut into pieces or read as something else (round 16).
    CompoundNames.placesHoldingOrganizations(doc, accepted);
    CompoundNames.joinEnDashPlaces(doc, accepted);
    CompoundNames.joinPossessiveOfPlaceNames(doc, accepted); // Smith’s of Dover: one firm, not a firm and a town
    CompoundNames.joinPossessiveBusinessNames(doc, accepted); // Sam’s Club: one company, no person Sam
    PossessiveFormNames.addTo(doc, accepted); // Kay's said: a company named in the possessive (round 31)
    CompoundNames.dropPortfoliosBeforeMinister(doc, accepted);
    CompoundNames.addQuotedCompanies(doc, accepted, lexicon);
    CompoundNames.addCompaniesBeforeBracketedLatin(doc, accepted);
    CompoundNames.addFoundedLatinCompanies(doc, accepted);
    CityRegionPairs.addTo(doc, accepted); // English addresses: "City, Region" (round 16)
    PlaceDescribedOrganizations.split(doc, accepted, lexicon); // 华府智库X: the place, then X
    // a wiki infobox line's key names nothing ("Hq Location City: Austin"): only its value does
    accepted.removeIf(m -> InfoboxLines.inKey(doc, m.span()));
    NestedParents.addMakersInModelNames(doc, accepted, lexicon); // Meta Llama 3: Meta, once the model's name is whole
    NestedParents.addParentsOfBrandUnits(doc, accepted, lexicon); // Google DeepMind: Google
    CountryUnits.addEnglishUnits(doc, accepted, lexicon, titles); // Acme France: a unit with Acme and France (round 35)
    RegisteredNames.addTo(doc, accepted); // 星河（杭州）智能科技有限公司 named by no mention inside it (round 24)
    addPlacesOpeningCourts(doc, accepted); // 加州 in 加州中区联邦法院 (round 28)
    addPlacesOpeningEnglishBodies(doc, accepted); // Colorado in Colorado State University (round 34)
    SeatPlaces.addTo(doc, accepted); // 苏州市 in 苏州市人工智能研究院 (round 29)
    TitleUnits.apply(doc, accepted, titles, lexicon); // 星河家电事业群总经理: the division is the title's (round 29)
    HeadlineNames.dropStyleCapitalised(doc, accepted); // Startup Raises: headline style, no company (round 24)
    // 科技有限公司, 及投资公司: a legal form and a trade left over when a name was read in pieces, no name itself
    accepted.removeIf(m -> m.type().isOrganization() && m.source() != Mention.Source.LEXICON
        && isLeftOverTrade(Languages.simplified(m.text())));
    accepted.sort(Comparator.comparing(Mention::span));
    return accepted;
  }

  /**
   * An organization's name that ends inside a job title (管理学院特聘 before 教授: 特聘教授 is the title) ends where the
   * title starts.
   */
  private Mention beforeTitleItCuts(String text, Mention m) {
    if (!m.type().isOrganization() || !HAN.matcher(m.text()).find()) {
      return m;
    }
    int end = Math.min(text.length(), m.span().end() + 6);
    for (TitleLexicon.Found t : titles.find(text.substring(m.span().begin(), end), m.span().begin())) {
      if (t.span().begin() >= m.span().begin() + 2 && t.span().begin() < m.span().end()
          && t.span().end() > m.span().end()) {
        Span cut = new Span(m.span().begin(), t.span().begin());
        return new Mention(cut, cut.of(text), m.type(), m.sentence(), m.source());
      }
    }
    return m;
  }

  /**
   * A transliterated name the segmenter glued to the preposition before a date (克里斯·马拉于1993年): the name ends before
   * 于.
   */
  private static Mention withoutGluedPreposition(String text, Mention m) {
    int end = m.span().end();
    if (m.type() != EntityType.PERSON || m.text().length() < 4 || !m.text().endsWith("于") || end >= text.length()
        || !Character.isDigit(text.charAt(end))) {
      return m;
    }
    Span cut = new Span(m.span().begin(), end - 1);
    return new Mention(cut, cut.of(text), m.type(), m.sentence(), m.source());
  }

  /** A company's head word after its short name: 福斯公司. */
  private static final Pattern COMPANY_HEAD_WORD = Pattern.compile("股份有限公司|有限公司|公司|集团");
  /** Prepositions that mark an agent, patient or recipient right before a name: 由X取得, 被X收购, 向X授权. */
  private static final Pattern GLUED_AGENT_PREPOSITION = Pattern.compile("^[由被向对把跟](\\p{IsHan}{2,})$");

  /**
   * A person NER read from a preposition the segmenter glued to a name (由福斯 in 由福斯取得的影片): when the rest is a
   * name found elsewhere in the text or ends in an organization's head noun, the preposition is no surname, and the
   * rest is that organization.
   */
  private void withoutPrepositionBeforeName(AnnotatedDocument doc, List<Mention> accepted) {
    List<Mention> glued = accepted.stream().filter(m -> m.type() == EntityType.PERSON
        && m.source() == Mention.Source.NER && GLUED_AGENT_PREPOSITION.matcher(m.text()).matches()).toList();
    for (Mention m : glued) {
      String rest = m.text().substring(1);
      Optional<EntityType> known = accepted.stream().filter(o -> o != m && o.type() != EntityType.PERSON
          && (o.text().equals(rest) || o.text().startsWith(rest)
          && COMPANY_HEAD_WORD.matcher(o.text().substring(rest.length())).matches())) // 福斯公司
          .map(Mention::type).findFirst()
          .or(() -> lexicon.find(rest).stream().filter(x -> x.span().length() == rest.length())
              .map(x -> x.entry().type()).findFirst())
          .or(() -> ORGANIZATION_HEAD.matcher(rest).find() ? Optional.of(EntityType.ORGANIZATION) : Optional.empty());
      if (known.isPresent()) {
        accepted.remove(m);
        Span name = new Span(m.span().begin() + 1, m.span().end());
        accepted.add(new Mention(name, rest, known.get(), m.sentence(), m.source()));
      }
    }
  }

  /**
   * A method named after a place or a person (蒙地卡罗树搜寻, 蒙特卡洛方法): the name NER found opens the method's term
   * and names no place or person the text talks about. Source: the technique names of
   * https://zh.wikipedia.org/wiki/蒙地卡羅方法 and https://zh.wikipedia.org/wiki/蒙特卡洛树搜索.
   */
  private static final Pattern METHOD_NOUN = Pattern.compile("^(?:树)?(?:搜寻|搜索|方法|算法|模拟|积分|抽样|采样)");

  private static boolean opensMethodName(String text, Mention m) {
    return (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE) && m.source() == Mention.Source.NER
        && HAN.matcher(m.text()).find()
        && METHOD_NOUN.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 4))).find();
  }

  /** A verb of making that ends a relative clause on what was made: 由星海科技开发的模型. */
  private static final Pattern MAKING_VERB_END = Pattern.compile("(?:开发|研发|推出|发布|打造|训练|设计)$");

  /**
   * An organization's name NER ran into the verb of the relative clause it is the agent of (星海科技开发 in 由星海科技开发
   * 的模型): the name ends before the verb.
   */
  private static Mention withoutRelativeClauseVerb(String text, Mention m) {
    int end = m.span().end();
    Matcher verb = MAKING_VERB_END.matcher(m.text());
    if (!m.type().isOrganization() || end >= text.length() || text.charAt(end) != '的' || !verb.find()
        || verb.start() < 2) {
      return m;
    }
    Span cut = new Span(m.span().begin(), m.span().begin() + verb.start());
    return new Mention(cut, cut.of(text), m.type(), m.sentence(), m.source());
  }

  /** A bracket the name closes but never opens, or opens and never closes: AI）实验室 (the mention starts mid-bracket). */
  private static final Pattern UNBALANCED_BRACKET = Pattern.compile("^[^（(]*[）)].*|.*[（(][^）)]*$");
  /**
   * A time phrase that opens a sentence (In October 2023, the firm …; Since March, …): a preposition and a day or a
   * month, which the capital of the preposition makes look like a name to the shapes that read capitalised words.
   */
  private static final Pattern TIME_PHRASE = Pattern.compile("(?:In|On|At|By|Since|From|Until|Till|During|Before|"
      + "After|Through|Between|For|Of|Early|Late|Mid|Last|Next|This) (?:" + NamePatterns.CALENDAR_WORDS
      + ")(?![A-Za-z]).*");

  /** Whether a mention's text is pieces of two phrases rather than a name, whichever pass proposed it. */
  static boolean isBrokenName(String name) {
    return UNBALANCED_BRACKET.matcher(name).matches() || TIME_PHRASE.matcher(name).matches();
  }

  /** One English word of a name (St., O'Neil, Jean-Luc). */
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z][A-Za-z.'’-]*");
  /** A Chinese place's name as the lexicon gives it: two to four characters. */
  private static final Pattern HAN_PLACE_PREFIX = Pattern.compile("\\p{IsHan}{2,4}");

  /**
   * The place a Chinese event's name opens with, after its year (达沃斯 in 2026达沃斯论坛年会, 广州 in 2026广州车展), is
   * where the event is held: a place of its own, nested in the event's name. The lexicon's longest place that opens
   * the rest of the name, when no other name is there already.
   */
  private void addPlacesOpeningEvents(AnnotatedDocument doc, List<Mention> accepted) {
    for (Mention event : List.copyOf(accepted)) {
      if (event.type() != EntityType.EVENT) {
        continue;
      }
      if (!HAN.matcher(event.text()).find()) {
        addPlacesInsideEnglishEvent(doc, event, accepted);
        continue;
      }
      Matcher year = LEADING_YEAR.matcher(event.text());
      int afterYear = year.find() ? year.end() : 0;
      Matcher brand = LATIN_BRAND_BEFORE_HAN.matcher(event.text()).region(afterYear, event.text().length());
      if (brand.lookingAt()) {
        // a Latin brand, then where this meeting of it is held: the place may close the name (某某上海)
        addPlaceOpening(doc, accepted, event, event.span().begin() + brand.end(), 0);
      } else {
        addPlaceOpening(doc, accepted, event, event.span().begin() + afterYear, 2);
      }
    }
  }

  /**
   * A Latin brand that opens a Chinese event's name, glued to the Chinese words after it (某某 in 某某上海2023); the
   * relation stage reads the place after it the same way.
   */
  public static final Pattern LATIN_BRAND_BEFORE_HAN = Pattern.compile("[A-Z][A-Za-z0-9]+(?=\\p{IsHan})");

  /** A court named in Chinese (加州中区联邦法院, 东京地方法院), which the relation stage places where its name says. */
  public static final Pattern HAN_COURT = Pattern.compile("\\p{IsHan}{3,}法院");

  /**
   * The place a Chinese court's name opens with (加州 in 加州中区联邦法院) is a place of its own, nested in the court's
   * name, as an event's is: the relation stage reads the court's seat from it. Run once the court's name is whole.
   */
  private void addPlacesOpeningCourts(AnnotatedDocument doc, List<Mention> accepted) {
    for (Mention court : List.copyOf(accepted)) {
      if (court.type() == EntityType.ORGANIZATION && court.source() != Mention.Source.COREFERENCE
          && HAN_COURT.matcher(court.text()).matches()) {
        addPlaceOpening(doc, accepted, court, court.span().begin(), 2);
      }
    }
  }

  /** Whether the gazetteer knows the place as a country: U.S. Air Force Reserve names a nationality, not a seat. */
  private static boolean isCountry(LexiconEntry place) {
    return "COUNTRY".equals(KbpGazetteer.englishRegions().get(place.en().toLowerCase(Locale.ROOT)));
  }

  /** Words that go on with a place's name into a smaller place's (Oklahoma City, Kent County). */
  private static final Set<String> PLACE_NAME_GOES_ON = Set.of("City", "County");

  /**
   * The place an English public body's or school's name opens with (New Mexico State Police, Colorado State
   * University) is a place of its own, nested in the name (guidelines §8.2: a place in the organization's own name).
   * The longest run of up to three opening words the lexicon knows as a place, with a capitalised word of the name
   * after it: a place's government named in lower case (Tianjin government) is one body (gov-30.json).
   * Companies and outlets are left out: a place in their name is a brand's word more often (Texas Instruments); so is
   * a country, a nationality there (guidelines §8.2).
   */
  private void addPlacesOpeningEnglishBodies(AnnotatedDocument doc, List<Mention> accepted) {
    for (Mention body : List.copyOf(accepted)) {
      if ((body.type() != EntityType.ORGANIZATION && body.type() != EntityType.RESEARCH_ORGANIZATION)
          || body.source() == Mention.Source.COREFERENCE || HAN.matcher(body.text()).find()) {
        continue;
      }
      List<Span> words = new ArrayList<>();
      Matcher word = ENGLISH_WORD.matcher(body.text());
      while (word.find()) {
        words.add(new Span(body.span().begin() + word.start(), body.span().begin() + word.end()));
      }
      for (int j = Math.min(words.size() - 1, 3); j > 0; j--) {
        Span run = new Span(body.span().begin(), words.get(j - 1).end());
        String name = run.of(doc.text());
        String next = words.get(j).of(doc.text());
        if (PLACE_NAME_GOES_ON.contains(next) || !Character.isUpperCase(next.charAt(0))) {
          continue; // a state's name inside a city's (Oklahoma City), or a place's government (Tianjin government)
        }
        if (CompaniesReadAsPeople.CORPORATE_REST.matcher(body.text().substring(name.length())).lookingAt()) {
          break; // a company NER tagged only as an organization (Beijing Calories Technology)
        }
        if (lexicon.find(name).stream().anyMatch(m -> m.entry().type() == EntityType.PLACE && m.span().begin() == 0
            && m.span().end() == name.length() && !isCountry(m.entry()))) {
          if (accepted.stream().noneMatch(o -> o != body && o.span().overlaps(run))) {
            accepted.add(new Mention(run, name, EntityType.PLACE, body.sentence(), Mention.Source.LEXICON));
          }
          break;
        }
      }
    }
  }

  /**
   * The lexicon's longest place of two to four characters at {@code begin} inside {@code name}, unless named, with at
   * least {@code restAfter} characters of the name after it.
   */
  private void addPlaceOpening(AnnotatedDocument doc, List<Mention> accepted, Mention name, int begin, int restAfter) {
    String text = doc.text();
    for (int end = Math.min(begin + 4, name.span().end() - restAfter); end >= begin + 2; end--) {
      Span place = new Span(begin, end);
      if (HAN_PLACE_PREFIX.matcher(place.of(text)).matches()
          && lexicon.find(place.of(text)).stream().anyMatch(m -> m.entry().type() == EntityType.PLACE
              && m.span().begin() == 0 && m.span().end() == place.length())) {
        if (accepted.stream().noneMatch(m -> m != name && m.span().overlaps(place))) {
          accepted.add(new Mention(place, place.of(text), EntityType.PLACE, doc.sentenceAt(begin),
              Mention.Source.LEXICON));
        }
        break;
      }
    }
  }

  /**
   * An English event's name holds the place it is held in anywhere, as whole words (Munich Security Conference, AI
   * Seoul Summit): each run of up to three of its words that the lexicon knows as a place is a place of its own,
   * nested in the event's name. Runs are looked up on their own, since the lexicon may know the whole event too.
   */
  private void addPlacesInsideEnglishEvent(AnnotatedDocument doc, Mention event, List<Mention> accepted) {
    List<Span> words = new ArrayList<>();
    Matcher word = ENGLISH_WORD.matcher(event.text());
    while (word.find()) {
      words.add(new Span(event.span().begin() + word.start(), event.span().begin() + word.end()));
    }
    for (int i = 0; i < words.size(); i++) {
      for (int j = Math.min(words.size(), i + 3); j > i; j--) {
        Span run = new Span(words.get(i).begin(), words.get(j - 1).end());
        String name = run.of(doc.text());
        if (run.length() < event.span().length() && lexicon.find(name).stream().anyMatch(m ->
            m.entry().type() == EntityType.PLACE && m.span().begin() == 0 && m.span().end() == name.length())
            && accepted.stream().noneMatch(o -> o != event && o.span().overlaps(run))) {
          accepted.add(new Mention(run, name, EntityType.PLACE, event.sentence(), Mention.Source.LEXICON));
          break;
        }
      }
    }
  }

  /** An event named as a session of a forum: the forum's name, then a middle dot and the session's (X论坛·Y对话). */
  private static final Pattern FORUM_SESSION = Pattern.compile("(\\p{IsHan}{2,16}论坛)·\\p{IsHan}{2,10}");

  /**
   * The forum in the name of one of its sessions (X论坛·Y对话) is the standing body that holds it, an organization of
   * its own, nested in the event's name as an organizer in 皇家研究院圣诞讲座 is.
   */
  private static void addForumsOfSessions(AnnotatedDocument doc, List<Mention> accepted) {
    for (Mention event : List.copyOf(accepted)) {
      Matcher m = FORUM_SESSION.matcher(event.text());
      if (event.type() == EntityType.EVENT && m.matches()) {
        Span forum = new Span(event.span().begin(), event.span().begin() + m.end(1));
        accepted.add(new Mention(forum, forum.of(doc.text()), EntityType.ORGANIZATION, event.sentence(),
            Mention.Source.PATTERN));
      }
    }
  }

  /**
   * The endings of a Chinese company's name: its legal form (有限公司, 股份有限公司), 集团 (not 七国集团, a group of
   * countries), or 科技 after a two-character or longer name.
   */
  private static final Pattern COMPANY_HEAD = Pattern.compile("(?:有限公司|有限责任公司|有限責任公司|股份公司|控股公司|(?<!国)集团|"
      + "(?<!国)集團|(?<=\\p{IsHan}{2})科技)$");

  private Optional<Mention> fromNer(AnnotatedDocument doc, AnnotatedSentence sentence, NerMention ner,
      Set<String> personSurnames, Set<String> namesElsewhere) {
    String text = doc.text();
    Span cut = beforeInnerBracket(ner.span(), text);
    Span span = withoutWeekday(withoutMannerAdverb(trimPunctuation(trimToName(cut, cut.of(text)), text), text), text);
    if (span.length() == 0) {
      return Optional.empty();
    }
    if (ner.nerType().equals("ORGANIZATION")) {
      span = withCoordinatedFields(sentence, toUnitBoundary(span, text), text);
    }
    Span afterTitles = afterLeadingTitles(span, text);
    boolean titled = afterTitles.begin() > span.begin();
    if (titled) {
      // NER's "總經理王大明" or "CEO李娜": the title is not part of the name, and a name after a title is a person's.
      String rest = afterTitles.of(text).strip();
      if (!rest.matches("\\p{IsHan}{2,4}|\\p{IsHan}+·\\p{IsHan}+|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")) {
        return Optional.empty();
      }
      int lead = afterTitles.of(text).indexOf(rest);
      span = new Span(afterTitles.begin() + lead, afterTitles.begin() + lead + rest.length());
    }
    String surface = span.of(text);
    if (ner.nerType().equals("MISC")) {
      return eventFromMisc(sentence, span, text);
    }
    if (QUANTIFIED.matcher(text.substring(Math.max(0, span.begin() - 3), span.begin())).find()) {
      return Optional.empty(); // 一家AI编程工具公司, 这家机构: counted or pointed at, so a description
    }
    boolean abbreviatedOrganization = abbreviatedOrganization(sentence, ner, span, text);
    if (surface.length() < 2 || SHORT_CAPS.matcher(surface).matches() && !abbreviatedOrganization
        || GENERIC.matcher(surface).matches()
        || REFERRING.matcher(surface).matches()
        || isGenericOrganization(surface) // AI初创公司, 科技公司: a description NER took for a name
        || surface.endsWith("模型") // 通用大模型 is a kind; a named model is the shape layer's to find
        || ENGLISH_FUNCTION_WORDS.contains(surface) // "He added": English NER tags a capitalised pronoun now and then
        || ENGLISH_INDUSTRY_COLLECTIVE.matcher(surface).matches()
        || !ner.nerType().equals("PERSON") && opensWithGerund(sentence, span)
        || NamePatterns.isConceptAi(surface)
        || !looksLikeName(sentence, span, surface) && !namesElsewhere.contains(surface) && !abbreviatedOrganization
        && !namesAnOrganization(ner, surface)
        && !titledPerson(ner, span, text)) {
      return Optional.empty();
    }
    EntityType type = titled ? EntityType.PERSON : NER_TYPES.get(ner.nerType());
    Optional<EntityType> corrected = titled ? Optional.empty() : corrections.correct(text, span, ner.nerType());
    if (corrected.isPresent()) {
      type = corrected.get();
    } else if (type == EntityType.PERSON && !surface.contains(" ") && CAMEL.matcher(surface).find()
        && !personSurnames.contains(surface)) {
      // One camel-case Latin word (DeepMind, LangChain) is a brand, not a person's name.
      type = EntityType.ORGANIZATION;
    } else if (type == EntityType.PERSON && !surface.contains(" ") && (ownsANamedPerson(sentence, span, text)
        || aNamedPersonIsFrom(sentence, span, text) || listedBetweenOrganizations(sentence, span, text))) {
      // "Kessler's Ravi Menon", "Ravi Menon from Kessler": a one-word name that owns a person by name, or that a
      // person by name is from, is where that person works; "Acme Capital, Tolvo and Beta Ventures": one listed
      // between two organizations is one of them.
      type = EntityType.ORGANIZATION;
    }
    if (type == null || type == EntityType.AI_MODEL && NamePatterns.isGenericModelWord(surface)) {
      return Optional.empty(); // 通用 of 通用大模型: a kind of model, though NER took it for a name
    }
    if (type == EntityType.PERSON && !surface.contains(" ") && FAMILY_AFTER.matcher(text)
        .region(span.end(), text.length()).lookingAt()) {
      return Optional.empty(); // "the Doe family holding company": a family, not one of its people
    }
    if (type == EntityType.PERSON && !surface.contains(" ") && !HAN.matcher(surface).find()
        && HAN.matcher(sentence.span().of(text)).find()
        && LATIN_WORD_AFTER.matcher(text).region(span.end(), text.length()).lookingAt()) {
      return Optional.empty(); // "Killer App" in Chinese text: NER took one word of a Latin phrase, no whole name
    }
    if (type == EntityType.PERSON && EPONYM_HEAD.matcher(text).region(span.end(), text.length()).lookingAt()) {
      return Optional.empty(); // 摩尔定律, Scaling Law: a law or prize named after someone does not mention them
    }
    if (type == EntityType.PLACE && !HAN.matcher(surface).find() && HAN.matcher(sentence.span().of(text)).find()) {
      return Optional.empty(); // Chiplet, SoC in Chinese text: Latin places there are the place lexicon's to find
    }
    if (type == EntityType.ORGANIZATION && PlacedOrganizations.PLACED_RESEARCH.matcher(surface).find()) {
      type = EntityType.RESEARCH_ORGANIZATION; // 昆士兰大学: the head noun says which kind of organization
    } else if (type == EntityType.ORGANIZATION && PlacedOrganizations.PLACED_MEDIA.matcher(surface).find()) {
      type = EntityType.MEDIA_ORGANIZATION;
    } else if (type == EntityType.ORGANIZATION && COMPANY_HEAD.matcher(surface).find()) {
      type = EntityType.COMPANY; // 横店集团控股有限公司, 星河科技: the legal form or trade word ends a company's name
    }
    return Optional.of(new Mention(span, surface, type, sentence.index(), Mention.Source.NER));
  }

  /**
   * A Chinese event's name that NER marks as a miscellaneous name, ending in an event noun (参加今年的X机器人运动大会前):
   * the name without the 的 before it (nor the end of the word 的 closes: 天的 of 今天的) and the word of time after
   * it. Four characters or more before the noun, and no
   * pointer (本届, 这次) at its start, so that 年度大会 stays a description.
   */
  private static final Pattern MISC_EVENT = Pattern.compile("^(?:\\p{IsHan}{0,2}的)?"
      + "(?<name>(?!本|这|该|此|那|各|每|某|上|下|今|其|首|第|全体|年度|公司)[\\p{IsHan}A-Za-z0-9·&&[^的了在是和与及、]]{4,20}?"
      + "(?:大会|峰会|论坛|博览会|运动会|锦标赛|大赛|年会|研讨会|展览会))(?:前|后|上|中|期间|时|之际)?$");

  private static Optional<Mention> eventFromMisc(AnnotatedSentence sentence, Span span, String text) {
    Matcher m = MISC_EVENT.matcher(span.of(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    Span name = new Span(span.begin() + m.start("name"), span.begin() + m.end("name"));
    return Optional.of(new Mention(name, name.of(text), EntityType.EVENT, sentence.index(), Mention.Source.NER));
  }

  /**
   * A name does not start inside a number: 亿欧 in 3.85亿欧元 is an amount of euros, whatever name it spells (Chinese
   * forms match anywhere, so the token they start in decides).
   */
  /**
   * 台中 in 舞台|中央, 中美 in 集中|美元: a Chinese form that starts inside one word and ends inside the next is two
   * halves of other words, not a name. The segmenter may glue a name to a neighbour (由福斯, 从星海), so a match that
   * keeps either edge of a word still counts.
   */
  private static boolean cutsTwoWords(AnnotatedDocument doc, Span span) {
    int sentence = doc.sentenceAt(span.begin());
    if (sentence < 0 || !Character.UnicodeScript.of(doc.text().codePointAt(span.begin()))
        .equals(Character.UnicodeScript.HAN)) {
      return false;
    }
    List<Token> tokens = doc.sentences().get(sentence).tokens();
    boolean cutsStart = tokens.stream().anyMatch(t -> t.span().begin() < span.begin() && t.span().end() > span.begin());
    boolean cutsEnd = tokens.stream().anyMatch(t -> t.span().begin() < span.end() && t.span().end() > span.end());
    return cutsStart && cutsEnd;
  }

  /**
   * Whether a capitalised Latin word stands one space before the span, inside its sentence and not opening it or its
   * line: the span then cuts a longer name (Second Spectrum, a title-case headline's words), while "Former Acme CEO"
   * opens one.
   */
  private static boolean afterCapitalisedWord(AnnotatedDocument doc, Span span) {
    int sentence = doc.sentenceAt(span.begin());
    if (sentence < 0) {
      return false;
    }
    List<Token> tokens = doc.sentences().get(sentence).tokens();
    int i = doc.sentences().get(sentence).tokenStartingAt(span.begin());
    if (i < 2) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.span().end() == span.begin() - 1 && doc.text().charAt(before.span().end()) == ' '
        && CAPITALISED_LATIN_WORD.matcher(before.word()).matches()
        && doc.text().substring(tokens.get(i - 2).span().begin(), before.span().begin()).indexOf('\n') < 0;
  }

  private static boolean startsInsideNumber(AnnotatedDocument doc, Span span) {
    int sentence = doc.sentenceAt(span.begin());
    return sentence >= 0 && doc.sentences().get(sentence).tokens().stream()
        .anyMatch(t -> t.span().begin() < span.begin() && t.span().end() > span.begin()
            && (t.pos().equals("CD") || t.pos().equals("OD")));
  }

  /**
   * 美国 in 美国人, 中国 in 在华中国人: a place's name inside a word CoreNLP tags as a demonym names people, not the
   * place.
   */
  private static boolean insideDemonym(AnnotatedDocument doc, Span span) {
    return doc.sentences().get(doc.sentenceAt(span.begin())).tokens().stream()
        .anyMatch(t -> t.ner().equals("DEMONYM") && t.span().contains(span) && t.span().length() > span.length());
  }

  /**
   * Oklahoma in Oklahoma City, Tennessee in University of Tennessee College of Law: a place's name inside a longer
   * Latin place or organization name NER found is part of that name, which NER's layer then gives. So is a known
   * person's surname inside another person's full name (Jane Musk is not Elon Musk) or an institute's name: the
   * lexicon's full forms match whole, so a longer name around a short form is someone or something else.
   */
  private static boolean insideLongerLatinName(AnnotatedDocument doc, Span span) {
    int sentence = doc.sentenceAt(span.begin());
    return sentence >= 0 && !HAN.matcher(span.of(doc.text())).find() && doc.sentences().get(sentence).nerMentions()
        .stream().anyMatch(n -> NER_TYPES.get(n.nerType()) != null && n.span().contains(span)
            && n.span().length() > span.length() && n.text().strip().length() > span.length()
            && !n.text().contains(","));
  }

  /** The words of a company's legal or trade form, which may follow its short name in a longer form of its own. */
  private static final Pattern COMPANY_FORM_WORD = Pattern.compile("(?:Inc|Incorporated|Corp|Corporation|Co|Company|"
      + "Ltd|Limited|LLC|L\\.P|LP|PLC|plc|AG|SA|SE|NV|GmbH|Group|Holdings?)\\.?");
  /** The Latin words of a name after the short form: capitalised, with digits or hyphens inside. */
  private static final Pattern LATIN_NAME_WORDS = Pattern.compile("(?: [A-Z][A-Za-z0-9-]*){1,3}");
  /** The words of a unit's name after its parent's full form: two or three capitalised words. */
  private static final Pattern UNIT_NAME_WORDS = Pattern.compile("(?: [A-Z][A-Za-z0-9-]*){2,3}");

  /**
   * Quanta in "Quanta AI", where the lexicon knows Quanta only as the short form of Quanta Computer: inside a longer
   * Latin organization name NER or a name shape read, whose words after it are neither the rest of the entry's own
   * name nor a company-form word (Quanta Inc.) nor a name the lexicon knows, bar a topic (a model or a unit: Alibaba
   * Qwen), the short form opens another organization's name, which the later layers then give. The entry's full name
   * (Quanta Computer) and a label that is the whole form (Google in Google DeepMind) still match, unless two words or
   * more go on after it: then they name a unit of its own (Acme Industrial Innovation Fund).
   */
  private boolean shortFormOpeningOtherName(AnnotatedDocument doc, LexiconMatch m, List<NamePatterns.Found> shapes) {
    String form = m.text();
    String label = m.entry().en();
    if (!m.entry().type().isOrganization() || label == null || HAN.matcher(form).find()) {
      return false;
    }
    // Any form of the entry opens a unit's name NER reads whole when two capitalised words or more go on after it
    // (Acme Connected Industry, Acme Industrial Innovation Fund): one word more may be a product (Acme Cloud).
    boolean shortForm = label.startsWith(form + " ");
    int sentence = doc.sentenceAt(m.span().begin());
    if (sentence < 0) {
      return false;
    }
    String text = doc.text();
    String fullRest = shortForm ? label.substring(form.length()) : "";
    Stream<Span> longer = Stream.concat(
        doc.sentences().get(sentence).nerMentions().stream().filter(n -> n.nerType().equals("ORGANIZATION"))
            .map(NerMention::span),
        shapes.stream().filter(f -> f.type().isOrganization()).map(NamePatterns.Found::span));
    return longer.filter(n -> n.begin() == m.span().begin() && n.end() > m.span().end())
        .anyMatch(n -> {
          String rest = text.substring(m.span().end(), n.end());
          return LATIN_NAME_WORDS.matcher(rest).matches()
              && (shortForm ? !fullRest.startsWith(rest) : UNIT_NAME_WORDS.matcher(rest).matches())
              && !COMPANY_FORM_WORD.matcher(rest.strip().split(" ")[0]).matches()
              && lexicon.find(rest.strip()).stream().allMatch(x -> x.entry().type() == EntityType.TOPIC);
        });
  }

  /** Nouns for a programme or a plan, which a short form before them names instead of its organization. */
  private static final Pattern PROGRAMME_NOUN = Pattern.compile(
      "\\s+(?:project|projects|initiative|program|programs|programme|mission|plan|campaign|effort|grant)\\b");

  /**
   * An organization's bare short form (Nimbus of Nimbus Labs) after a proper noun that opens a longer name of
   * something else (the Harbor Nimbus programme), or before a noun for a project or a plan (the Nimbus initiative):
   * the short form is a common word used as a name, and in such a place names the other thing, not the organization.
   * The entry's full name still matches.
   */
  private boolean shortFormNamingSomethingElse(AnnotatedDocument doc, LexiconMatch m) {
    String form = m.text();
    String label = m.entry().en();
    int sentence = doc.sentenceAt(m.span().begin());
    if (!m.entry().type().isOrganization() || label == null || HAN.matcher(form).find() || form.contains(" ")
        || !label.startsWith(form + " ") || sentence < 0) {
      return false;
    }
    String text = doc.text();
    if (PROGRAMME_NOUN.matcher(text).region(m.span().end(), text.length()).lookingAt()) {
      return true;
    }
    List<Token> tokens = doc.sentences().get(sentence).tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.span().begin() == m.span().begin()) {
        Token before = tokens.get(i - 1);
        return before.pos().startsWith("NNP") && Character.isUpperCase(before.word().charAt(0))
            && before.span().end() + 1 == t.span().begin() && !before.ner().matches("TITLE|NATIONALITY")
            && lexicon.find(before.word()).isEmpty();
      }
    }
    return false;
  }

  /** A university's name and what NER ran on with after it: 某某理工大学 + 电子工程. */
  private static final Pattern UNIVERSITY_AND_REST = Pattern.compile("(.+?(?:大学|大學))(.+)");
  /** The heads that end a unit's name inside a university (学院, 系, 研究所) or another body it runs (出版社, 医院). */
  private static final Pattern UNIT_HEAD = Pattern.compile("(?:学院|學院|系|学部|學部|书院|書院|研究院|研究所|研究中心|"
      + "中心|实验室|實驗室|出版社|社|医院|醫院|图书馆|圖書館|博物馆|博物館|中学|中學|小学|小學|委员会|委員會|办公室|辦公室|"
      + "研究生院|大学)$");
  private static final Pattern UNIT_HEAD_NEXT = Pattern.compile("学院|學院|系|学部|學部|研究院|研究所|研究中心|实验室|"
      + "實驗室");

  /**
   * A university's name that NER ends inside the next word (某某大学电子工程 of 某某大学电子工程学院院长): completed with
   * the unit's head right after it, or else cut back to the university.
   */
  private static Span toUnitBoundary(Span span, String text) {
    Matcher m = UNIVERSITY_AND_REST.matcher(span.of(text));
    if (!m.matches() || UNIT_HEAD.matcher(m.group(2)).find()) {
      return span;
    }
    Matcher next = UNIT_HEAD_NEXT.matcher(text).region(span.end(), text.length());
    if (next.lookingAt()) {
      return new Span(span.begin(), next.end());
    }
    return new Span(span.begin(), span.begin() + m.group(1).length());
  }

  /** The heads of a school's or a lab's name, which NER may start at the last field of its name. */
  private static final Pattern FIELD_UNIT_HEAD = Pattern.compile("(?:学院|學院|系|学部|研究院|研究所|研究中心|实验室|"
      + "實驗室)$");
  private static final Set<String> FIELD_JOINERS = Set.of("与", "與", "和", "及");

  /**
   * A school or lab named after two fields joined by 与 (电子与信息工程学院, 经济与管理学院): NER often keeps only the
   * last field and the head (工程学院); the name runs back over the nouns of both fields.
   */
  private static Span withCoordinatedFields(AnnotatedSentence sentence, Span span, String text) {
    if (!FIELD_UNIT_HEAD.matcher(span.of(text)).find()) {
      return span;
    }
    List<Token> tokens = sentence.tokens();
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().begin() == span.begin()) {
        first = i;
      }
    }
    int i = first - 1;
    while (i >= 0 && i >= first - 2 && tokens.get(i).pos().equals("NN") && adjacent(tokens, i)) {
      i--; // the rest of the second field: 控制 of 控制工程学院
    }
    if (i < 1 || !FIELD_JOINERS.contains(tokens.get(i).word()) || !adjacent(tokens, i)) {
      return span;
    }
    int begin = -1;
    for (int j = i - 1; j >= 0 && j >= i - 2 && tokens.get(j).pos().equals("NN") && adjacent(tokens, j); j--) {
      begin = tokens.get(j).span().begin();
    }
    return first < 0 || begin < 0 ? span : new Span(begin, span.end());
  }

  /** Whether token {@code i} touches the next one, so both are one written word. */
  private static boolean adjacent(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).span().end() == tokens.get(i + 1).span().begin();
  }

  /**
   * Heads of the names of laws, effects and prizes that carry a person's name (摩尔定律, 图灵奖, Moore's Law): the
   * person's name there is part of another name. Not 奖励 or 奖金, which a named person may give.
   */
  private static final Pattern EPONYM_HEAD = Pattern.compile("(?:定律|定理|效应|法则|猜想|悖论|奖(?!励|金|惩)|"
      + "[’']s (?:[Ll]aw|[Ee]ffect|[Pp]rize|[Aa]ward)| (?:[Ll]aws?|[Ee]ffect|[Pp]rize|[Aa]ward)(?![A-Za-z]))");

  /** A day of the week that news writes right after a name (维尔库宁周三表示: "said on Wednesday"). */
  private static final Pattern WEEKDAY_END = Pattern.compile("(?:周|星期|礼拜)[一二三四五六日天]$");

  /**
   * The span without a day of the week NER ran into the end of a name (某某某周三): only after three characters or a
   * name with a middle dot, so a two-character name ending in the same characters (张周三) stays whole.
   */
  private static Span withoutWeekday(Span span, String text) {
    Matcher m = WEEKDAY_END.matcher(span.of(text));
    if (!m.find()) {
      return span;
    }
    String rest = span.of(text).substring(0, m.start());
    return rest.length() >= 3 || rest.contains("·") ? new Span(span.begin(), span.begin() + rest.length()) : span;
  }

  /** Adverbs of manner that NER runs into a venue before the verb of holding (在X市Y区圆满举行). */
  private static final Pattern MANNER_ADVERB_BEFORE_HOLDING = Pattern.compile(
      "(?:圆满|隆重|顺利|盛大|正式|成功)(?=(?:举行|举办|召开|开幕|闭幕|落幕|结束|启动))");

  /** The span without a manner adverb at its end that the verb of holding follows. */
  private static Span withoutMannerAdverb(Span span, String text) {
    Matcher m = MANNER_ADVERB_BEFORE_HOLDING.matcher(text).region(span.begin(), text.length());
    m.useTransparentBounds(true);
    while (m.find() && m.start() < span.end()) {
      if (m.end() == span.end() && m.start() > span.begin()) {
        return new Span(span.begin(), m.start());
      }
    }
    return span;
  }

  /**
   * Whether a model or product the lexicon knows only opens a longer Chinese name in quotes (“通义听悟” after 通义): the
   * quoted name is another product of the family, not a mention of the family's model.
   */
  private static boolean opensALongerQuotedName(String text, LexiconMatch m) {
    Span span = m.span();
    if (m.entry().type() != EntityType.AI_MODEL && m.entry().type() != EntityType.PRODUCT || span.begin() == 0
        || "“「『".indexOf(text.charAt(span.begin() - 1)) < 0) {
      return false;
    }
    Matcher quoted = QUOTED_HAN_NAME.matcher(text).region(span.begin(), text.length());
    return quoted.lookingAt() && quoted.end(1) > span.end();
  }

  /** A short Chinese name up to its closing quote. */
  private static final Pattern QUOTED_HAN_NAME = Pattern.compile("(\\p{IsHan}{2,10})[”」』]");

  /**
   * Whether the span lies inside title marks around a longer English title (《Pursuing the Nature of Intelligence》):
   * a word of the title there is no mention of the journal or company that a lexicon knows by that word.
   */
  private static boolean insideEnglishTitle(String text, Span span) {
    int open = text.lastIndexOf('《', span.begin());
    int close = text.indexOf('》', span.end());
    if (open < 0 || close < 0 || text.lastIndexOf('》', span.begin()) > open || text.indexOf('《', span.end()) >= 0
        && text.indexOf('《', span.end()) < close) {
      return false;
    }
    String title = text.substring(open + 1, close);
    return !title.equals(span.of(text)) && title.contains(" ") && title.matches("[A-Za-z0-9 ,:;'’&.!?-]+");
  }

  /**
   * A longer name found by its shape elsewhere in the document (an event in quotes, a person after a title) that also
   * stands, whole, around what NER took for a shorter name here: NER cut it (DAIR2026国际智能 of the conference's
   * name in a headline; 南山 of 席南山 in a speaker heading).
   */
  /** Nouns of the AI and chip trades that a kind word (通用, 国产, 开源) describes: 通用GPU, 国产芯片, 通用人工智能. */
  private static final Pattern TECH_NOUN_AFTER = Pattern.compile(
      "[A-Za-z]|人工智能|智能|大模型|模型|芯片|机器人|计算|处理器|架构|算力|技术|平台|领域|图形");

  /** An NER name that is only a word for a kind of thing (通用 of 通用GPU), before a noun of the trade. */
  private static boolean kindWordBeforeTechNoun(Span span, String text) {
    return NamePatterns.isGenericModelWord(span.of(text).strip())
        && TECH_NOUN_AFTER.matcher(text).region(span.end(), text.length()).lookingAt();
  }

  /**
   * Whether {@code span} holds nothing but places already found, one after the other, perhaps closed by a direction
   * (英国伦敦, 英国伦敦西南部): an address, not an organization's name.
   */
  private static boolean placesAndRegionOnly(List<Mention> accepted, Span span, String text) {
    int at = span.begin();
    boolean place = false;
    while (at < span.end()) {
      int from = at;
      Optional<Mention> next = accepted.stream().filter(m -> m.type() == EntityType.PLACE && m.span().begin() == from
          && m.span().end() <= span.end()).max(Comparator.comparingInt(m -> m.span().length()));
      if (next.isEmpty()) {
        break;
      }
      at = next.get().span().end();
      place = true;
    }
    return place && (at == span.end() || PlaceUnits.REGION.matcher(text.substring(at, span.end())).matches());
  }

  private static Optional<Mention> longerNameAround(AnnotatedDocument doc, List<Mention> accepted, Span span) {
    String text = doc.text();
    if (ORGANIZATION_HEAD.matcher(span.of(text)).find()) {
      return Optional.empty(); // 皇家研究院 in 皇家研究院圣诞讲座: a body named inside an event's name is a name of its own
    }
    for (Mention m : accepted) {
      if (m.source() != Mention.Source.PATTERN || m.text().length() <= span.length()
          || m.text().length() < (HAN.matcher(m.text()).find() ? 3 : 4)) {
        continue;
      }
      for (int at = text.indexOf(m.text(), Math.max(0, span.end() - m.text().length())); at >= 0
          && at <= span.begin(); at = text.indexOf(m.text(), at + 1)) {
        Span around = new Span(at, at + m.text().length());
        if (around.contains(span)) {
          return Optional.of(new Mention(around, m.text(), m.type(), doc.sentenceAt(at), m.source()));
        }
      }
    }
    return Optional.empty();
  }

  /** The name is followed by 's and a person's full name (first and last), as NER found it. */
  private static boolean aNamedPersonIsFrom(AnnotatedSentence sentence, Span span, String text) {
    int from = span.begin() - " from ".length();
    if (from < 0 || !text.startsWith(" from ", from)) {
      return false;
    }
    return sentence.nerMentions().stream().anyMatch(n -> n.nerType().equals("PERSON")
        && n.span().end() == from && n.text().strip().contains(" "));
  }

  /** Another Latin word right after a mention: the mention is one word of a longer Latin phrase. */
  private static final Pattern LATIN_WORD_AFTER = Pattern.compile(" [A-Za-z]");
  /** A family named by its surname: the Doe family, the Doe family's trust. */
  private static final Pattern FAMILY_AFTER = Pattern.compile(" (?:family|families)(?![A-Za-z])");
  /** What stands between items of an English list: a comma, "and", or both. */
  private static final Pattern ENGLISH_LIST_GAP = Pattern.compile(",? and |, ");

  /**
   * A one-word name with an organization NER found right before it and right after it in an English list ("X
   * Capital, Tolvo, Y Ventures", "X Capital, Tolvo and Y Ventures"): a person is rarely listed among organizations.
   */
  private static boolean listedBetweenOrganizations(AnnotatedSentence sentence, Span span, String text) {
    return sentence.nerMentions().stream().anyMatch(n -> n.nerType().equals("ORGANIZATION")
            && n.span().end() < span.begin()
            && ENGLISH_LIST_GAP.matcher(text.substring(n.span().end(), span.begin())).matches())
        && sentence.nerMentions().stream().anyMatch(n -> n.nerType().equals("ORGANIZATION")
            && n.span().begin() > span.end()
            && ENGLISH_LIST_GAP.matcher(text.substring(span.end(), n.span().begin())).matches());
  }

  private static boolean ownsANamedPerson(AnnotatedSentence sentence, Span span, String text) {
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 3));
    if (!after.equals("'s ") && !after.equals("’s ")) {
      return false;
    }
    return sentence.nerMentions().stream().anyMatch(n -> n.nerType().equals("PERSON")
        && n.span().begin() == span.end() + 3 && n.text().strip().contains(" "));
  }

  /** Abbreviations of the trade and of business that NER now and then tags as organizations. */
  private static final Set<String> TRADE_ABBREVIATIONS = Set.of("AI", "AGI", "ML", "NLP", "LLM", "GPU", "CPU", "API",
      "IPO", "KPI", "ROI", "B2B", "B2C", "SaaS", "IT", "PC", "TV", "AR", "VR", "XR", "OS", "UI", "UX", "HR", "PR",
      "R&D", "GDP", "ESG", "M&A", "VC", "PE", "IP", "USD", "EUR", "RMB");

  /**
   * An abbreviation of two or three capitals that NER reads as an organization in English prose (chief executive of
   * XYZ, the NBA has signed): kept, though such short capitals are too ambiguous to be names elsewhere. Not a job
   * title (CTO), a word of the trade (GPU, IPO), a word of a title-case heading, nor the short form in brackets after
   * the capitalised words it abbreviates (Automatic Identification System (AIS)), which names what they name.
   */
  private boolean abbreviatedOrganization(AnnotatedSentence sentence, NerMention ner, Span span, String text) {
    String surface = span.of(text);
    if (!ner.nerType().equals("ORGANIZATION") || !surface.matches("[A-Z]{2,3}")
        || TRADE_ABBREVIATIONS.contains(surface) || HAN.matcher(sentence.span().of(text)).find()
        || UntaggedCompanies.titleCase(sentence.tokens())
        || titles.find(surface, 0).stream().anyMatch(t -> t.span().length() == surface.length())) {
      return false;
    }
    String before = text.substring(Math.max(sentence.span().begin(), span.begin() - 60), span.begin());
    Matcher expansion = EXPANSION_BEFORE_BRACKET.matcher(before);
    if (expansion.find()) {
      return !NameResolver.initials(expansion.group(1)).endsWith(surface);
    }
    return true;
  }

  /** Capitalised words and an opening bracket right before an abbreviation. */
  private static final Pattern EXPANSION_BEFORE_BRACKET =
      Pattern.compile("((?:[A-Z][A-Za-z-]* )*[A-Z][A-Za-z-]*) [(（]$");

  /** An English committee's name: capitalised words (joined by and, of, on…) ending in Committee or Subcommittee. */
  private static final Pattern ENGLISH_COMMITTEE = Pattern.compile("[A-Z][A-Za-z.&-]*(?: (?:[A-Z][A-Za-z.&-]*|and|"
      + "of|on|for|the|&))* (?:Committee|Subcommittee)");

  /**
   * The names inside one NER mention. NER runs an organization over the verb between two names (X宣布X基金…) and
   * over the job title after it (X创始 of X创始合伙人, X集团全球高级合伙人兼大中华区): the mention is cut where a title
   * and its modifiers start, and an organization is split at its verbs and at 是 (X芯片是半导体公司).
   */
  private List<NerMention> nameParts(String text, AnnotatedSentence sentence, NerMention ner) {
    Span span = ner.span();
    for (TitleLexicon.Found t : titles.find(text.substring(span.begin(), Math.min(text.length(), span.end() + 8)),
        span.begin())) {
      String rest = t.span().end() < span.end() ? text.substring(t.span().end(), span.end()) : "";
      if (t.span().begin() > span.begin() && t.span().begin() < span.end()
          && !ORGANIZATION_HEAD.matcher(rest).find() && !rest.matches(".*(?:办公室|会|团|处)")) {
        // Not a body named after an office (美国贸易代表办公室, 董事会): there the title is part of the name.
        // With the modifiers before the title (X集团全球高级合伙人): they belong to the title, not the name.
        span = new Span(span.begin(), Math.max(span.begin(), Math.min(t.span().begin(),
            titles.chainStart(text, t.span().end()))));
        break;
      }
    }
    List<Span> parts = new ArrayList<>();
    if (NER_TYPES.get(ner.nerType()) == EntityType.PLACE && !HAN.matcher(ner.text()).find()) {
      span = withoutPlaceKindWord(text, span);
      Optional<Token> possessive = possessiveAfterPlace(text, sentence, span);
      if (possessive.isPresent()) {
        // Tianjin’s Grand Theatre: NER runs the city and the venue together over the possessive; two places
        parts.add(new Span(span.begin(), possessive.get().span().begin()));
        int rest = possessive.get().span().end();
        while (rest < span.end() && Character.isWhitespace(text.charAt(rest))) {
          rest++;
        }
        span = new Span(rest, span.end());
      }
    }
    if (ner.nerType().equals("ORGANIZATION")) {
      int begin = span.begin();
      for (Token t : sentence.tokens()) {
        if (span.contains(t.span()) && (t.pos().equals("VV") || t.pos().equals("VC"))) {
          parts.add(new Span(begin, t.span().begin()));
          begin = t.span().end();
        }
      }
      parts.add(new Span(begin, span.end()));
    } else if (ner.nerType().equals("PERSON")) {
      parts.addAll(hanNamesApart(text, span));
    } else {
      parts.add(span);
    }
    if (parts.size() == 1 && parts.get(0).equals(ner.span())) {
      return List.of(ner);
    }
    return parts.stream().filter(p -> p.length() > 0)
        .map(p -> new NerMention(p, p.of(text), ner.nerType())).toList();
  }

  /** A space between two Chinese names (a Han character or a transliteration's point on each side). */
  private static final Pattern SPACE_BETWEEN_HAN_NAMES = Pattern.compile("(?<=[\\p{IsHan}·])\\s+(?=\\p{IsHan})");

  /**
   * The names inside one NER person run over a space: Chinese writes a person's name without spaces, so a space
   * between Han words parts two names (记者张三 李四 of a byline, or a writer and the outlet after: 某某·某某 某某社).
   */
  private static List<Span> hanNamesApart(String text, Span span) {
    List<Span> names = new ArrayList<>();
    Matcher space = SPACE_BETWEEN_HAN_NAMES.matcher(text).region(span.begin(), span.end());
    int begin = span.begin();
    while (space.find()) {
      names.add(new Span(begin, space.start()));
      begin = space.end();
    }
    names.add(new Span(begin, span.end()));
    return names;
  }

  /**
   * A lower-case word for a place's kind that NER took into an English place's name (Henan province, Wenzhou city):
   * the name is the words before it. A capitalised one is part of the name (Mexico City).
   */
  private static final Pattern PLACE_KIND_WORD_END = Pattern.compile(
      " (?:province|city|county|prefecture|district|municipality|region|state|town)$");

  private static Span withoutPlaceKindWord(String text, Span span) {
    Matcher m = PLACE_KIND_WORD_END.matcher(span.of(text));
    return m.find() && m.start() > 0 ? new Span(span.begin(), span.begin() + m.start()) : span;
  }

  /**
   * The possessive after a place that opens an English place's NER name (the ’s of Tianjin’s Grand Theatre), when the
   * lexicon knows the words before it as a place and a capitalised word follows; not one inside a name (People's
   * Republic of China, Martha's Vineyard), whose first part is no place.
   */
  private Optional<Token> possessiveAfterPlace(String text, AnnotatedSentence sentence, Span span) {
    List<Token> inside = sentence.tokens().stream().filter(t -> span.contains(t.span())).toList();
    for (int i = 1; i < inside.size() - 1; i++) {
      Token t = inside.get(i);
      if (t.word().matches("'s|’s") && Character.isUpperCase(inside.get(i + 1).word().charAt(0))) {
        String owner = new Span(span.begin(), t.span().begin()).of(text);
        boolean place = lexicon.find(owner).stream().anyMatch(m -> m.entry().type() == EntityType.PLACE
            && m.span().length() == owner.length());
        return place ? Optional.of(t) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * NER runs a name, its bracketed short form and the next name together (昆士兰大学（UQ）某某中心): a mention with
   * a bracketed part in its middle is cut before the bracket; the bracketed form is then found as an alias.
   */
  private static Span beforeInnerBracket(Span span, String text) {
    String surface = span.of(text);
    for (int i = 1; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (c == '(' || c == '（') {
        int close = surface.indexOf(c == '(' ? ')' : '）', i);
        return close >= 0 && close < surface.length() - 1 ? new Span(span.begin(), span.begin() + i) : span;
      }
    }
    return span;
  }

  /** A count or a demonstrative with its classifier right before a noun phrase: 一家, 这家, 多所, 该. */
  private static final Pattern QUANTIFIED = Pattern.compile("(?:[一两二三四五六七八九十几多每这那该某各][家个所间只位名]|该)$");

  /** The span after the job titles it starts with (总经理 in 总经理张三), or the span itself. */
  private Span afterLeadingTitles(Span span, String text) {
    int begin = span.begin();
    for (TitleLexicon.Found t : titles.find(span.of(text), span.begin())) {
      if (t.span().begin() != begin && !(t.span().begin() == begin + 1 && "兼、".indexOf(text.charAt(begin)) >= 0)) {
        break;
      }
      begin = t.span().end();
    }
    return begin == span.begin() || begin >= span.end() ? span : new Span(begin, span.end());
  }

  static Span trimPunctuation(Span span, String text) {
    int begin = span.begin();
    int end = span.end();
    boolean trimmed = true;
    while (trimmed && begin < end) {
      trimmed = false;
      char first = text.charAt(begin);
      char last = text.charAt(end - 1);
      if (SEPARATORS.indexOf(first) >= 0 || isUnpaired(first, text, begin, end)) {
        begin++;
        trimmed = true;
      } else if (SEPARATORS.indexOf(last) >= 0 || isUnpaired(last, text, begin, end)) {
        end--;
        trimmed = true;
      }
    }
    return new Span(begin, end);
  }

  /** A bracket or quote whose partner is not in text[begin, end). */
  private static boolean isUnpaired(char c, String text, int begin, int end) {
    String inside = text.substring(begin, end);
    int open = OPENERS.indexOf(c);
    int close = CLOSERS.indexOf(c);
    if (open >= 0 && c != '"') {
      return inside.indexOf(CLOSERS.charAt(open)) < 0;
    }
    if (close >= 0 && c != '"') {
      return inside.indexOf(OPENERS.charAt(close)) < 0;
    }
    return c == '"' && inside.chars().filter(x -> x == '"').count() == 1;
  }

  /** A mention that mixes Chinese words with one Latin name keeps only the name. */
  private static Span trimToName(Span span, String surface) {
    if (!HAN.matcher(surface).find()) {
      return span;
    }
    Matcher m = LATIN_NAME.matcher(surface);
    Span best = null;
    while (m.find()) {
      if (best == null || m.end() - m.start() > best.length()) {
        best = new Span(m.start(), m.end());
      }
    }
    return best == null ? span : new Span(span.begin() + best.begin(), span.begin() + best.end());
  }

  /** 星河数据科技公司, 统计局: CoreNLP's organization whose name ends in an organization's head noun. */
  private static boolean namesAnOrganization(NerMention ner, String surface) {
    return ner.nerType().equals("ORGANIZATION") && surface.length() >= 3 && HAN.matcher(surface).find()
        && ORGANIZATION_HEAD.matcher(surface).find() && !GENERIC_ORGANIZATION.matcher(surface).matches()
        && !COMMON_WORD_WITH_HEAD.matcher(surface).find();
  }

  /** Common words that end in a head noun's character (布局, 内部, 场所): AI芯片布局 names no bureau. */
  private static final Pattern COMMON_WORD_WITH_HEAD = Pattern.compile("(?:布局|格局|结局|全局|大局|开局|局部|全部|"
      + "内部|外部|底部|头部|顶部|场所|住所|好处|到处|难处|长处|用处|深处|庭院)$");

  /**
   * A Chinese person's name right after a job title (合伙人邬晓岚), which the tagger may read as a verb when the name
   * is rare.
   */
  private boolean titledPerson(NerMention ner, Span span, String text) {
    return ner.nerType().equals("PERSON") && span.of(text).matches("\\p{IsHan}{2,3}")
        && titles.chainStart(text, span.begin()) < span.begin();
  }

  /**
   * "Promoting Rapid Buildout of Data Centers: …": a heading that opens with an English gerund is a capitalised verb
   * phrase, which NER now and then takes for an organization; no name opens with one (Boeing is tagged a noun).
   */
  private static boolean opensWithGerund(AnnotatedSentence sentence, Span span) {
    return sentence.tokens().stream().filter(t -> t.span().begin() == span.begin()).findFirst()
        .map(t -> t.pos().equals("VBG")).orElse(false);
  }

  /** A proper name has a proper-noun token or a Latin word that is not a bare abbreviation. */
  private static boolean looksLikeName(AnnotatedSentence sentence, Span span, String surface) {
    if (LATIN_NAME.matcher(surface).find()) {
      return true;
    }
    for (Token t : sentence.tokens()) {
      if (span.overlaps(t.span()) && t.pos().equals("NR")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a description of a company's trade (软件公司, 网络企业) that opens {@code name} ends, when a company's name
   * follows it (软件公司 + 蓝海集团); 0 when there is none.
   */
  private static int genericDescriptionEnd(String name) {
    for (int end = name.length() - 2; end >= 2; end--) {
      String rest = name.substring(end);
      if (isGenericOrganization(name.substring(0, end)) && !isGenericOrganization(rest)
          && COMPANY_CLASSIFIER.matcher(rest).matches() && rest.length() >= 4) {
        return end;
      }
    }
    return 0;
  }

  /** The text of a name after the places it starts with: 科技公司 in 美国科技公司. */
  private static String afterPlaces(Span span, List<Mention> inside, String text) {
    int begin = span.begin();
    for (Mention m : inside.stream().sorted(Comparator.comparing(Mention::span)).toList()) {
      if (m.type() == EntityType.PLACE && m.span().begin() == begin) {
        begin = m.span().end();
      }
    }
    return text.substring(begin, span.end());
  }

  /**
   * Whether {@code span} starts where a token starts and every token in it is a noun (天枢 of 天枢大模型), so that no
   * verb, adverb or determiner (做, 等到, 本场) is taken for part of a name.
   */
  private static boolean namesOnly(AnnotatedDocument doc, Span span) {
    List<Token> inside = doc.sentences().get(doc.sentenceAt(span.begin())).tokens().stream()
        .filter(t -> t.span().overlaps(span)).toList();
    return !inside.isEmpty() && inside.get(0).span().begin() == span.begin()
        && inside.stream().allMatch(t -> t.pos().matches("NR|NN"));
  }

  /** Latin company shapes that a capitalised word before them shows to be cut from a longer name. */
  private static final Set<String> CUT_CHECKED_SHAPES = Set.of("latin-company", "english-company-officer");
  private static final Pattern CAPITALISED_LATIN_WORD = Pattern.compile("[A-Z][A-Za-z]*");
  /** Shapes whose left edge is read from characters alone, so the tokens must confirm where the name starts. */
  private static final Set<String> TOKEN_CHECKED_SHAPES = Set.of("han-fund", "han-organizer",
      "han-name-company-only-act", "han-acquired-company", "han-company-stock-code");
  /** Parts of speech that never start a name: prepositions, verbs, adverbs, pronouns, determiners, conjunctions. */
  private static final Pattern NOT_NAME_START = Pattern.compile("P|VV|VA|VC|VE|AD|PN|DT|CC|CS|DEC|DEG|LC|MSP|SP|AS");
  /** Tags of words a rare name may be misread as, dropped from a name's start only if the rest is still a name. */
  private static final Pattern MISREAD_START = Pattern.compile("VV|VA|AD");
  /** What may follow a fund's name inside the same token: 资本领投 is segmented 资本领 + 投. */
  private static final Pattern GLUED_AFTER_NAME = Pattern.compile("^(?:领投|跟投|参投|领|跟)");

  /**
   * The span without the words before the name that the shape took in (根据 in 根据星岳资本, 期待 in 期待国内创投), if
   * it then ends where a token ends and starts where one starts: a name that ends inside a word (创投 of 创投圈) is no
   * name, unless the segmenter glued the verb after it to its last word (资本领 + 投). Verbs and adverbs are dropped
   * only when {@code misreadWordsStartNoName}, as a rare name's first word may be tagged as one.
   */
  private static Optional<Span> withoutLeadingNonNames(AnnotatedDocument doc, Span span,
      boolean misreadWordsStartNoName) {
    List<Token> inside = doc.sentences().get(doc.sentenceAt(span.begin())).tokens().stream()
        .filter(t -> t.span().overlaps(span)).toList();
    if (inside.isEmpty() || inside.get(inside.size() - 1).span().end() != span.end()
        && !GLUED_AFTER_NAME.matcher(doc.text().substring(span.end())).lookingAt()) {
      return Optional.empty();
    }
    int first = 0;
    while (first < inside.size() && (NOT_NAME_START.matcher(inside.get(first).pos()).matches()
        && (misreadWordsStartNoName || !MISREAD_START.matcher(inside.get(first).pos()).matches())
        || inside.get(first).span().begin() < span.begin())) {
      first++;
    }
    return first < inside.size() ? Optional.of(new Span(inside.get(first).span().begin(), span.end()))
        : Optional.empty();
  }

  /** Tags of words that cannot be part of a name: verbs of being and having, prepositions, pronouns, particles. */
  private static final Pattern FUNCTION_WORD = Pattern.compile("VE|VC|P|CC|DT|PN|CS|DEC|DEG|LC|MSP|SP|AS");

  /**
   * Whether the span holds words and they are all function words or one-character adverbs (也, 还, 都), which a rare
   * name's first word is not misread as.
   */
  private static boolean onlyFunctionWords(AnnotatedDocument doc, Span span) {
    List<Token> inside = doc.sentences().get(doc.sentenceAt(span.begin())).tokens().stream()
        .filter(t -> t.span().overlaps(span)).toList();
    return !inside.isEmpty() && inside.stream().allMatch(t -> FUNCTION_WORD.matcher(t.pos()).matches()
        || t.pos().equals("AD") && t.word().length() == 1);
  }

  /** Last names of multi-word Latin person mentions, so "Sutskever" alone stays a person. */
  private static Set<String> personSurnames(AnnotatedDocument doc) {
    Set<String> surnames = new HashSet<>();
    for (AnnotatedSentence s : doc.sentences()) {
      for (NerMention n : s.nerMentions()) {
        if (n.nerType().equals("PERSON") && n.text().contains(" ")) {
          surnames.add(n.text().substring(n.text().lastIndexOf(' ') + 1));
        }
      }
    }
    return surnames;
  }

  /**
   * English news calls a person by the surname after naming them in full, and NER misses some of these (Before founding
   * Acme, Cole worked at …): every standalone occurrence, after the full name, of the last word of a person's full
   * name found in the document is that person, unless it stands inside another name or also names an organization,
   * product or place.
   */
  /** A Latin first name, perhaps a middle one, and a surname: Ann Cole, Mary J. Blige. */
  private static final Pattern FULL_LATIN_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}.'-]* (?:\\p{Lu}[\\p{L}.'-]* )?\\p{Lu}\\p{Ll}+");

  private static void addSurnamesNerMissed(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> otherNames = new HashSet<>();
    Map<String, Integer> surnames = new HashMap<>(); // where the person is first named in full
    for (Mention m : accepted) {
      if (m.type() == EntityType.PERSON && FULL_LATIN_NAME.matcher(m.text()).matches()) {
        surnames.merge(m.text().substring(m.text().lastIndexOf(' ') + 1), m.span().end(), Math::min);
      } else if (m.type() != EntityType.PERSON) {
        otherNames.add(m.text());
      }
    }
    surnames.keySet().removeAll(otherNames);
    for (Map.Entry<String, Integer> surname : surnames.entrySet()) {
      Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])" + Pattern.quote(surname.getKey())
          + "(?![\\p{L}\\p{N}-]| \\p{Lu})").matcher(text);
      at.region(surname.getValue(), text.length()); // after the full name: before it, the word may be anything
      while (at.find()) {
        Span span = new Span(at.start(), at.end());
        boolean named = accepted.stream().anyMatch(m -> m.span().overlaps(span));
        boolean afterCapitalized = at.start() >= 2 && Character.isUpperCase(wordBefore(text, at.start()));
        if (!named && !afterCapitalized) {
          add(accepted, doc, span, EntityType.PERSON, Mention.Source.PATTERN);
        }
      }
    }
  }

  /** The first letter of the word right before {@code at} and its space, or a space when there is none. */
  private static char wordBefore(String text, int at) {
    if (text.charAt(at - 1) != ' ') {
      return ' ';
    }
    int start = at - 1;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < at - 1 ? text.charAt(start) : ' ';
  }

  /**
   * An English lab's or research centre's whole name: capitalised words, perhaps joined by "and", then the head
   * (Acme Vision and Robotics Laboratory, Acme AI Research Centre).
   */
  private static final Pattern ENGLISH_RESEARCH_UNIT = Pattern.compile("[A-Z][A-Za-z&.-]*(?: (?:[A-Z][A-Za-z&.-]*|"
      + "and))* (?:Laboratory|Laboratories|Lab|Labs|Centre|Center|Institute|Observatory)");
  /** The last word of a fund's English name (latin-fund shape). */
  private static final Pattern VENTURE_ARM = Pattern.compile(" (?:Capital|Ventures)$");
  /** An English court named for its district: the U.S. District Court for the District of Delaware. */
  private static final Pattern COURT_FOR_DISTRICT =
      Pattern.compile(".* Court.* for the (?:[A-Z][a-z]+ )?District of .+");
  /** An English university named with its campus: the University of Texas at Austin. */
  private static final Pattern UNIVERSITY_AT_CAMPUS = Pattern.compile("University of [^,]+ at [A-Z].*");

  /** Whether the span sits between quotation marks: “某地发布”, an account's name the outlet shapes found so. */
  private static boolean quoted(String text, Span span) {
    return "“「『\"".indexOf(text.charAt(span.begin() - 1)) >= 0 && "”」』\"".indexOf(text.charAt(span.end())) >= 0;
  }

  /** A year that opens an event's name, and an event noun that ends one. */
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年?");
  private static final Pattern TRAILING_EVENT_NOUN = Pattern.compile("(?:年会|大会|峰会|分论坛|论坛)$");

  /**
   * Whether the event's name is a year, then the name of an event the lexicon knows that itself ends in an event
   * noun, then another event noun (2025某某论坛年会): a meeting of that standing event in one year.
   */
  private static boolean meetingOfAKnownEvent(Span span, List<Mention> overlapped, String text) {
    List<Mention> events = overlapped.stream().filter(m -> m.type() == EntityType.EVENT).toList();
    if (events.size() != 1 || events.get(0).source() != Mention.Source.LEXICON
        || overlapped.stream().anyMatch(m -> m.type() != EntityType.EVENT && m.type() != EntityType.PLACE
            && m.type() != EntityType.TOPIC)) {
      return false;
    }
    Mention known = events.get(0);
    String before = text.substring(span.begin(), known.span().begin());
    String after = text.substring(known.span().end(), span.end());
    return LEADING_YEAR.matcher(before).matches() && TRAILING_EVENT_NOUN.matcher(known.text()).find()
        && TRAILING_EVENT_NOUN.matcher(after).matches();
  }

  /**
   * Gives {@code type} to every mention NER read as a person or a place under {@code name}: a pass has shown from the
   * words around one mention what the name is, and NER's guess at the others was made without those words.
   */
  static void retypeNerReadings(List<Mention> accepted, String name, EntityType type) {
    retypeNerReadings(accepted, name, type, EnumSet.of(EntityType.PERSON, EntityType.PLACE));
  }

  /** As {@link #retypeNerReadings(List, String, EntityType)}, for NER's readings of the types in {@code from}. */
  static void retypeNerReadings(List<Mention> accepted, String name, EntityType type, Set<EntityType> from) {
    accepted.replaceAll(m -> m.source() == Mention.Source.NER && m.text().equals(name) && from.contains(m.type())
        ? new Mention(m.span(), m.text(), type, m.sentence(), m.source()) : m);
  }

  /**
   * Adds a mention unless one already accepted overlaps it, as an earlier layer is more trusted; the exceptions,
   * where a name nests around others, are below. Shared with the passes that add names one at a time.
   */
  static void add(List<Mention> accepted, AnnotatedDocument doc, Span span, EntityType type,
      Mention.Source source) {
    if (type.isOrganization() && BARE_HEAD.matcher(span.of(doc.text())).matches()) {
      return; // 研究院 of 历任X副总裁、研究院副院长: the head of a name the text leaves unsaid, no name itself
    }
    if (type == EntityType.AI_MODEL && source != Mention.Source.LEXICON
        && NamePatterns.isGenericModelName(span.of(doc.text()))) {
      return; // 网络安全大模型, 基座大模型: a kind of model, no model's name
    }
    List<Mention> overlapped = accepted.stream().filter(m -> m.span().overlaps(span)).toList();
    boolean allInside = overlapped.stream().allMatch(m -> span.contains(m.span()) && span.length() > m.span().length());
    if (allInside && type == EntityType.EVENT && source == Mention.Source.PATTERN
        && meetingOfAKnownEvent(span, overlapped, doc.text())) {
      // 2025 + 某某论坛 + 年会: one year's meeting of a standing forum the lexicon knows is the event the text names.
      accepted.removeIf(m -> m.type() == EntityType.EVENT && span.contains(m.span()));
      accepted.add(new Mention(span, span.of(doc.text()), type, doc.sentenceAt(span.begin()), source));
      return;
    }
    if (!overlapped.isEmpty() && allInside && type == EntityType.EVENT && source == Mention.Source.PATTERN
        && overlapped.stream().noneMatch(m -> m.type() == EntityType.EVENT)) {
      // An event's name often holds its organizer's or venue's (皇家研究院圣诞讲座): both are mentioned, nested. Not
      // around the same event's short name (NeurIPS in NeurIPS机器学习大会), which already names it.
      accepted.add(new Mention(span, span.of(doc.text()), type, doc.sentenceAt(span.begin()), source));
      return;
    }
    // A longer name may swallow topic words inside it (the "AI" in "AI届的伍德斯托克"), never another name, except
    // the place at the start of an organization's name (美国商务部, 上海人工智能研究院).
    boolean onlyTopicsInside = allInside && overlapped.stream().allMatch(m -> m.type() == EntityType.TOPIC);
    // A model or benchmark name by shape extends the family name a lexicon found: Gemini 2.5 Pro around Gemini,
    // DeepSeek-V3-Base around DeepSeek-V3, SWE-bench Verified around SWE-bench.
    // Not "文心大模型" around 文心: the lexicon's name already names that model.
    boolean modelAroundItsFamily = allInside && (type == EntityType.AI_MODEL || type == EntityType.WORK)
        && source == Mention.Source.PATTERN && !span.of(doc.text()).endsWith("大模型")
        && overlapped.stream().anyMatch(m -> m.span().begin() == span.begin())
        && overlapped.stream().allMatch(m -> m.type() != EntityType.PERSON && m.type() != EntityType.PLACE);
    boolean organizationAroundPlace = allInside && type.isOrganization()
        && ORGANIZATION_HEAD.matcher(span.of(doc.text())).find()
        && !GENERIC_ORGANIZATION.matcher(afterPlaces(span, overlapped, doc.text())).matches()
        && overlapped.stream().allMatch(m -> m.type() == EntityType.TOPIC || m.type() == EntityType.PLACE)
        && overlapped.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.span().begin() == span.begin());
    // A name in title marks is one name, whatever places it holds (《美国化学会志》, 《纽约州数据法案》), as is an outlet
    // quoted by the account shape (“某城发布”) or a product's whole name in quotes (「某市公交查询网」), and so is a work
    // whose name starts with its country (日本国家律师资格考试).
    boolean titled = span.begin() > 0 && span.end() < doc.text().length() && (doc.text().charAt(span.begin() - 1) == '《'
        && doc.text().charAt(span.end()) == '》' || (type == EntityType.MEDIA_ORGANIZATION || type == EntityType.PRODUCT)
        && quoted(doc.text(), span));
    boolean titledAroundPlace = allInside && source == Mention.Source.PATTERN
        && (titled || type == EntityType.WORK && overlapped.stream().anyMatch(m -> m.span().begin() == span.begin()))
        && overlapped.stream().allMatch(m -> m.type() == EntityType.TOPIC || m.type() == EntityType.PLACE);
    // Intel Capital, Salesforce Ventures: a company's venture arm is a company of its own, named after its owner.
    boolean fundAroundItsOwner = allInside && type == EntityType.COMPANY && source == Mention.Source.PATTERN
        && VENTURE_ARM.matcher(span.of(doc.text())).find()
        && overlapped.stream().allMatch(m -> m.type().isOrganization() && m.span().begin() == span.begin());
    // Senate Homeland Security Committee around Senate: the committee is named after its chamber, which
    // NestedParents names again inside it.
    // Mary Poe around the chatbot Poe: a person's full name NER read holds a product's or model's one-word name as
    // its surname (a capitalised given name before it); the person is meant.
    boolean personAroundThingName = allInside && type == EntityType.PERSON && source == Mention.Source.NER
        && span.of(doc.text()).matches("[A-Z][a-z]+ [A-Z][A-Za-z'-]+")
        && overlapped.stream().allMatch(m -> (m.type() == EntityType.PRODUCT || m.type() == EntityType.AI_MODEL)
            && m.span().end() == span.end());
    boolean committeeAroundItsChamber = allInside && type.isOrganization()
        && ENGLISH_COMMITTEE.matcher(span.of(doc.text())).matches()
        && overlapped.stream().allMatch(m -> m.type().isOrganization() && m.span().begin() == span.begin());
    // NIH Imaging Biomarkers and Computer-Aided Diagnosis Laboratory around NIH: a lab or centre that NER read whole
    // and that opens with its parent's name is a unit of its own (guidelines 8.1), not to be dropped for the parent.
    boolean researchUnitAroundItsParent = allInside && type.isOrganization() && source == Mention.Source.NER
        && ENGLISH_RESEARCH_UNIT.matcher(span.of(doc.text())).matches()
        && overlapped.stream().anyMatch(m -> m.type().isOrganization() && m.span().begin() == span.begin())
        && overlapped.stream().allMatch(m -> m.type().isOrganization() && m.span().begin() == span.begin()
            || m.type() == EntityType.TOPIC);
    // A court named for its district names the place it sits in (guidelines 8.2: a place in the organization's own
    // name): both are mentioned, nested. A university's campus is part of its name, no place of its own here.
    boolean placesOnlyInside = allInside && type.isOrganization() && source == Mention.Source.PATTERN
        && overlapped.stream().allMatch(m -> m.type() == EntityType.TOPIC || m.type() == EntityType.PLACE);
    if (placesOnlyInside && COURT_FOR_DISTRICT.matcher(span.of(doc.text())).matches()) {
      accepted.add(new Mention(span, span.of(doc.text()), type, doc.sentenceAt(span.begin()), source));
      return;
    }
    boolean universityAroundCampus = placesOnlyInside && UNIVERSITY_AT_CAMPUS.matcher(span.of(doc.text())).matches();
    if (!overlapped.isEmpty() && !onlyTopicsInside && !organizationAroundPlace && !modelAroundItsFamily
        && !titledAroundPlace && !fundAroundItsOwner && !committeeAroundItsChamber && !personAroundThingName
        && !universityAroundCampus && !researchUnitAroundItsParent) {
      return;
    }
    if (organizationAroundPlace) {
      // 美国星河电子公司 is the US company 星河电子: the place stays a place and the name is what lies between.
      String rest = afterPlaces(span, overlapped, doc.text());
      int described = genericDescriptionEnd(rest);
      if (described > 0) {
        // 美国软件公司蓝海集团: the trade's description before the name is no part of it
        Span name = new Span(span.end() - rest.length() + described, span.end());
        accepted.add(new Mention(name, name.of(doc.text()), EntityType.COMPANY, doc.sentenceAt(name.begin()), source));
        return;
      }
      Matcher company = COMPANY_CLASSIFIER.matcher(rest);
      if (company.matches() && company.group(1).length() >= 2) {
        int begin = span.end() - rest.length();
        Span name = new Span(begin, begin + company.group(1).length());
        accepted.add(new Mention(name, name.of(doc.text()), EntityType.COMPANY, doc.sentenceAt(name.begin()), source));
        return;
      }
    }
    accepted.removeAll(overlapped);
    accepted.add(new Mention(span, span.of(doc.text()), type, doc.sentenceAt(span.begin()), source));
  }
}
