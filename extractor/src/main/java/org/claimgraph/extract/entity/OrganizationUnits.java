package org.claimgraph.extract.entity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TitleLexicon;

/** The pass of {@link LayeredMentionFinder} that finds units named after their organization. */
final class OrganizationUnits {
  /**
   * A unit named after its parent organization: 浙江大学医学院, 星河集团人工智能研究院, 美国众议院外交委员会, a lab
   * numbered or lettered after its company (星河2030实验室, 星河X实验室), and a university's department (某某大学电子工程系,
   * 某某大学信息工程学系).
   */
  private static final Pattern UNIT = Pattern.compile("^(?:[\\p{IsHan}&&[^的和与及、是在为对从将把被了]]{1,10}?|"
      // a committee's longer name, perhaps joining two subjects: 众议院美国与中国共产党战略竞争特别委员会 (not two
      // chambers' committees: 众议院和参议院相关委员会)
      + "(?![和与])[\\p{IsHan}&&[^的及、是在为对从将把被了]]{2,16}?(?=委员会)|"
      + "[A-Za-z0-9&]{1,10}|[A-Za-z0-9&]{1,10}[\\p{IsHan}&&[^的和与及、是在为对从将把被了]]{1,6}?)"
      + "(?<head>研究院|研究所|研究中心|实验室|学院|医院|委员会|部门|事业群|事业部|学系|分署|"
      // a college, a base, a branch or an office named after its parent (某某大学某某书院, 某某大学某地技术转移基地,
      // 某某学会某地分部, 某某集团某地分公司, 某某学院科创办公室); round 31
      + "书院|書院|基地|分部|分院|分公司|办公室|辦公室|"
      // an agency's squad (某某署稽查大队); not a team, a ball team, an army, a fleet or a band
      + "(?<![团球车舰梯军乐部])队|"
      // Not a common word ending in 系 (关系, 体系, 联系), nor 系统, 系列.
      + "(?<![关体派联维谱星水直旁])系(?![统列数]))");
  /**
   * A unit with a Latin name after its Chinese parent's: 星河 AI Lab, 云帆Research (the lab or research arm, its field
   * in capitalised words before the head). Round 24.
   */
  private static final Pattern LATIN_UNIT =
      Pattern.compile(" ?(?:[A-Z][A-Za-z0-9]* ?){0,3}(?<head>Lab|Labs|Research|Institute|Academy)(?![A-Za-z])");
  private static final Pattern RESEARCH_UNIT =
      Pattern.compile("(?:研究院|研究所|研究中心|实验室|学院|系|书院|書院|Lab|Labs|Research|Institute|Academy)$");
  /** Heads of a unit of the parent's own kind: a research body's base, branch or office does research too. */
  private static final Pattern BRANCH_UNIT = Pattern.compile("(?:基地|分部|分院|办公室|辦公室)$");
  /**
   * A base named by what is done there, with nothing but places before it (某公司生产基地, 某公司上海研发基地): a site of
   * the company, not a unit with a name of its own.
   */
  private static final Pattern BASE_KIND = Pattern.compile("(?:生产|制造|研发|培训|训练|物流|仓储|算力|数据|产业|实训|"
      + "实习|孵化|科研|教学|实践|示范|出口|海外|总部)?基地");
  /** A verb of setting a unit up before its head (某公司组建新实验室, 某大学成立研究院): a clause, no unit's name. */
  private static final Pattern SETTING_UP =
      Pattern.compile("(?:组建|成立|设立|新设|筹建|新建|创建|建立|宣布|推出|打造|合建|共建)");
  /** A department (系, 学系) is a unit of a university only: 某某大学计算机系, not 腾讯系 (companies Tencent backs). */
  private static final Pattern DEPARTMENT = Pattern.compile("系$");
  private static final Pattern UNIVERSITY = Pattern.compile("(?:大学|大學)$");
  private static final Pattern INTERNAL_UNIT = Pattern.compile("(?:部门|事业群|事业部)$");
  /** A squad (队) is a unit of a public agency only: 某某署稽查大队, not a company's. */
  private static final Pattern SQUAD = Pattern.compile("队$");
  private static final Pattern AGENCY = Pattern.compile("(?:署|局|部|厅|处)$");

  /**
   * An agency's unit named after it (海巡署查缉队, 某某署北部分署, 某某局刑警大队): the agency, ending in 署 or 局, then the
   * unit, ending in 队 or 分署.
   */
  private static final Pattern AGENCY_UNIT = Pattern.compile(
      "(?<agency>\\p{IsHan}{2,8}?(?:署|局))\\p{IsHan}{1,6}?(?:(?<![团球车舰梯军乐部])队|分署)");

  private final TitleLexicon titles;

  OrganizationUnits(TitleLexicon titles) {
    this.titles = titles;
  }

  /**
   * A unit of an organization named by the parent's name and a unit noun is an organization of its own, mentioned
   * around the parent's mention (both are named). Not a department inside a job title (腾讯企业发展事业群总经理): the
   * title holds it.
   */
  void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    addAgenciesOfUnits(doc, accepted);
    String text = doc.text();
    // A unit found here may be the parent of a unit named after it in turn (某大学某地研究院 + 中试基地).
    Deque<Mention> parents = new ArrayDeque<>(accepted);
    while (!parents.isEmpty()) {
      Mention parent = parents.poll();
      if (!parent.type().isOrganization() || !accepted.contains(parent)) {
        continue;
      }
      Matcher u = UNIT.matcher(text).region(parent.span().end(), text.length());
      if (!u.lookingAt()) {
        u = LATIN_UNIT.matcher(text).region(parent.span().end(), text.length());
        if (!LayeredMentionFinder.HAN.matcher(parent.text()).find() || !u.lookingAt()) {
          continue;
        }
      }
      Span span = new Span(parent.span().begin(), u.end());
      Span rest = new Span(parent.span().end(), u.end());
      String head = u.group("head");
      boolean inTitle = titles.find(text.substring(u.end(), Math.min(text.length(), u.end() + 12)), 0).stream()
          .anyMatch(t -> t.span().begin() == 0);
      if (DEPARTMENT.matcher(head).find() && !UNIVERSITY.matcher(parent.text()).find()
          || SQUAD.matcher(head).find() && !AGENCY.matcher(parent.text()).find()
          || INTERNAL_UNIT.matcher(head).find() && inTitle
          || accepted.stream().anyMatch(m -> m != parent && m.span().overlaps(rest) && !nestable(m, rest, head)
              && !namesakeCommittee(parent, m, rest, head) && !placeBeforeHead(m, rest, head))
          || LayeredMentionFinder.isGenericOrganization(rest.of(text))
          || BASE_KIND.matcher(withoutPlaces(rest, accepted, text)).matches()
          || SETTING_UP.matcher(rest.of(text)).lookingAt()
          || UNSPECIFIED_UNIT.matcher(rest.of(text)).find()) {
        continue;
      }
      EntityType type = RESEARCH_UNIT.matcher(head).find()
          || BRANCH_UNIT.matcher(head).find() && parent.type() == EntityType.RESEARCH_ORGANIZATION
          ? EntityType.RESEARCH_ORGANIZATION : head.equals("分公司") ? EntityType.COMPANY : EntityType.ORGANIZATION;
      accepted.removeIf(m -> m != parent && m.span().overlaps(rest)
          && (nestable(m, rest, head) || namesakeCommittee(parent, m, rest, head) || placeBeforeHead(m, rest, head)));
      Mention unit = new Mention(span, span.of(text), type, parent.sentence(), Mention.Source.PATTERN);
      accepted.add(unit);
      parents.add(unit);
    }
  }

  /**
   * A place in a unit's own name, before its head (某某大学四川创新研究院, 某某学会郑州分部): where the unit is, part of its
   * name; the relation stage reads LOCATED_IN from the name.
   */
  private static boolean placeBeforeHead(Mention inside, Span rest, String head) {
    return inside.type() == EntityType.PLACE && inside.span().begin() >= rest.begin()
        && inside.span().end() <= rest.end() - head.length();
  }

  /** The unit's own part without the places that open it: 上海研发基地 is 研发基地. */
  private static String withoutPlaces(Span rest, List<Mention> accepted, String text) {
    int begin = rest.begin();
    for (boolean more = true; more; ) {
      int at = begin;
      Optional<Mention> place = accepted.stream()
          .filter(m -> m.type() == EntityType.PLACE && m.span().begin() == at && m.span().end() < rest.end())
          .findFirst();
      more = place.isPresent();
      if (more) {
        begin = place.get().span().end();
      }
    }
    return text.substring(begin, rest.end());
  }

  /**
   * A mention inside a unit's name that the unit's name absorbs: a topic, or a place inside a committee's name
   * (众议院中国问题特设委员会, 参议院欧洲事务委员会: a committee is named after what it oversees).
   */
  private static boolean nestable(Mention inside, Span rest, String head) {
    return inside.type() == EntityType.TOPIC
        || inside.type() == EntityType.PLACE && head.equals("委员会") && inside.span().end() < rest.end()
        || bareHead(inside, rest, head);
  }

  /**
   * The unit's head noun alone, which NER took for an organization (委员会 of 某某部专家咨询委员会, Lab of 星河 AI Lab):
   * a kind, no name; the unit's whole name holds it (round 24).
   */
  private static boolean bareHead(Mention inside, Span rest, String head) {
    return inside.type().isOrganization() && inside.span().end() == rest.end() && inside.text().equals(head);
  }

  /** A legislature's chamber, whose committees are named after it: 参议院, 美国众议院, 国会, 英国议会. */
  private static final Pattern LEGISLATURE = Pattern.compile("(?:参议院|众议院|国会|议会|參議院|眾議院|國會|議會)$");

  /**
   * A committee of a legislature whose own words name another body too: 参议院外交关系委员会 is the Senate's committee,
   * not the think tank called 外交关系委员会 (the Council on Foreign Relations) that the lexicon found in it.
   */
  private static boolean namesakeCommittee(Mention parent, Mention inside, Span rest, String head) {
    return head.equals("委员会") && LEGISLATURE.matcher(parent.text()).find() && inside.type().isOrganization()
        && inside.span().begin() >= rest.begin() && inside.span().end() <= rest.end();
  }

  /** A unit the text does not name: 参议院相关委员会, 该公司下属部门, 众议院一个委员会 (a determiner or a count). */
  private static final Pattern UNSPECIFIED_UNIT =
      Pattern.compile("^(?:相关|有关|各|其他|其它|下属|所属|多个|几个|一些|该|其|这个|那个|某|[一两二三四五六七八九十数几多]+个)");

  /** A research body's head noun and its Latin abbreviation in brackets right after it: 研究院(ABC). */
  private static final Pattern ABBREVIATED_RESEARCH_BODY = Pattern.compile(
      "(?:研究院|研究所|研究中心|实验室|實驗室)(?=[（(][A-Z][A-Za-z]{1,7}[)）])");
  /** Tags of the words a research body is named with: its field, in nouns and adjectives (深度/JJ 学习/NN). */
  private static final Pattern FIELD_TAGS = Pattern.compile("NN|NR|JJ");

  /**
   * A research body named by its field and head noun, with its Latin abbreviation in brackets (某某学习研究院(ABC),
   * 某某计算实验室（XCL）): the abbreviation shows the words before it are a name, not a description. The name is the
   * run of nouns and adjectives before the head noun, at most ten characters with it.
   */
  static void addAbbreviatedResearchBodies(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher m = ABBREVIATED_RESEARCH_BODY.matcher(text);
    while (m.find()) {
      int sentence = doc.sentenceAt(m.start());
      if (sentence < 0) {
        continue;
      }
      List<Token> tokens = doc.sentences().get(sentence).tokens();
      int last = doc.sentences().get(sentence).tokenEndingAt(m.end());
      if (last < 0) {
        continue;
      }
      int first = last;
      while (first > 0 && FIELD_TAGS.matcher(tokens.get(first - 1).pos()).matches()
          && tokens.get(first - 1).word().matches("\\p{IsHan}+")
          && tokens.get(first - 1).span().end() == tokens.get(first).span().begin()
          && m.end() - tokens.get(first - 1).span().begin() <= 10) {
        first--;
      }
      Span span = new Span(tokens.get(first).span().begin(), m.end());
      if (span.length() < m.group().length() + 2 || LayeredMentionFinder.isGenericOrganization(span.of(text))
          || accepted.stream().anyMatch(o -> o.span().overlaps(span) && o.type() != EntityType.TOPIC)) {
        continue;
      }
      accepted.removeIf(o -> o.type() == EntityType.TOPIC && o.span().overlaps(span));
      accepted.add(new Mention(span, span.of(text), EntityType.RESEARCH_ORGANIZATION, sentence,
          Mention.Source.PATTERN));
    }
  }

  /**
   * The nouns of a company's lines of business that its units are named with after the company's name: 京东物流
   * (https://zh.wikipedia.org/wiki/京东物流), 京东健康 (https://zh.wikipedia.org/wiki/京东健康), 阿里健康
   * (https://zh.wikipedia.org/wiki/阿里健康), 百度智能云 (https://zh.wikipedia.org/wiki/百度智能云), 蚂蚁金融, 某某电商;
   * a car maker's passenger or commercial vehicle arm, 上汽乘用车 (https://zh.wikipedia.org/wiki/上汽乘用车), 某某商用车.
   */
  static final String LINE_NOUNS = "电商|物流|金融|健康|智能云|云|乘用车|商用车";
  private static final Pattern LINE_NOUN = Pattern.compile("^(?:" + LINE_NOUNS + ")");

  /**
   * A business line named by a known company's name and the noun of the line (百度电商总经理, 京东物流): the whole is a
   * unit of the company, an organization of its own around the company's mention. Only where the lexicon knows the
   * company, the segmenter cut the line noun as a word of its own right after it, and no noun goes on after it (a job
   * title, a verb, a time or a mark follows): 京东电商平台 (a platform) and 发力电商 (a trade) are none.
   */
  void addBusinessLines(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention parent : List.copyOf(accepted)) {
      if (parent.type() != EntityType.COMPANY || parent.source() != Mention.Source.LEXICON || parent.sentence() < 0) {
        continue;
      }
      Matcher line = LINE_NOUN.matcher(text).region(parent.span().end(), text.length());
      if (!line.lookingAt()) {
        continue;
      }
      Span rest = new Span(parent.span().end(), line.end());
      List<Token> tokens = doc.sentences().get(parent.sentence()).tokens();
      // The line noun's words, one or more (乘/用车 of 上汽乘用车): the noun starts and ends on their bounds.
      boolean startsWord = tokens.stream().anyMatch(t -> t.span().begin() == rest.begin());
      int word = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (startsWord && tokens.get(i).span().end() == rest.end() && tokens.get(i).span().begin() >= rest.begin()) {
          word = i;
        }
      }
      Span span = new Span(parent.span().begin(), line.end());
      boolean nounGoesOn = word + 1 < tokens.size() && !endsName(tokens.get(word + 1), text);
      boolean namedOtherwise = accepted.stream().anyMatch(m -> m != parent && m.span().overlaps(span)
          && m.type() != EntityType.TOPIC && !(m.source() == Mention.Source.NER && span.contains(m.span())));
      if (word < 0 || nounGoesOn || namedOtherwise) {
        continue;
      }
      accepted.removeIf(m -> m != parent && m.span().overlaps(rest));
      accepted.add(new Mention(span, span.of(text), EntityType.ORGANIZATION, parent.sentence(),
          Mention.Source.PATTERN));
    }
  }

  /**
   * Tags of a word after a name that no noun goes on past it with: a verb, an adverb, a time, a preposition, or the
   * possessive 的 (京东物流的无人仓: the line owns what follows).
   */
  private static final Pattern AFTER_NAME_TAGS = Pattern.compile("VV|VC|VE|VA|AD|NT|P|PU|CC|DEG");

  /** The word after a line noun ends the name before it: a job title (百度电商总经理), a verb, a time or a mark. */
  private boolean endsName(Token next, String text) {
    return AFTER_NAME_TAGS.matcher(next.pos()).matches() || next.ner().equals("TITLE")
        || titles.find(text.substring(next.span().begin(), Math.min(text.length(), next.span().begin() + 12)), 0)
            .stream().anyMatch(t -> t.span().begin() == 0);
  }

  /** The agency named at the start of its unit's name is an organization of its own (海巡署 in 海巡署查缉队). */
  private static void addAgenciesOfUnits(AnnotatedDocument doc, List<Mention> accepted) {
    for (Mention unit : List.copyOf(accepted)) {
      Matcher m = AGENCY_UNIT.matcher(unit.text());
      if (!unit.type().isOrganization() || !m.matches()) {
        continue;
      }
      Span agency = new Span(unit.span().begin(), unit.span().begin() + m.end("agency"));
      if (accepted.stream().anyMatch(o -> o != unit && o.span().overlaps(agency) && o.type() != EntityType.TOPIC)) {
        continue;
      }
      accepted.add(new Mention(agency, agency.of(doc.text()), EntityType.ORGANIZATION, unit.sentence(),
          Mention.Source.PATTERN));
    }
  }
}
