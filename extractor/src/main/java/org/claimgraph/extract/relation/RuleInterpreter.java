package org.claimgraph.extract.relation;

import org.claimgraph.extract.tagging.Antecedents;
import org.claimgraph.extract.tagging.TimeExpressions;
import org.claimgraph.extract.tagging.TitleLexicon;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.relation.RelationSignature.Signature;
import org.claimgraph.extract.tagging.TimeExpressions.TimeExpression;

/**
 * Turns one rule match (its groups as token ranges) into relations, following the rule's {@link RuleAction}.
 *
 * <p>Entity groups are read head-final, as Chinese noun phrases are: a group is split into conjuncts at list
 * separators (、 和 与 及 以及 等 and commas) and each conjunct yields its last entity of a fitting type, so
 * "AI公司Hugging Face的首席执行官Clement Delangue" gives Clement Delangue and "Microsoft、Google等巨头" gives both
 * companies. LOCATION and PARAMETER_COUNT take every fitting value in the group instead ("旧金山的探索馆", "70亿、130亿和700亿").
 */
final class RuleInterpreter {
  static final String XSD_DECIMAL = TimeExpressions.XSD + "decimal";
  static final String XSD_INTEGER = TimeExpressions.XSD + "integer";
  /** Endpoints found through an anaphor are less certain than named ones. */
  static final double ANAPHOR_FACTOR = 0.85;
  /** How far back the main entity of a report may have been named, for subject=SALIENT. */
  static final int SALIENT_REACH = 3;
  /** A result's object group that names no group: the entity of the previous sentence (PREDICATE=$PREVIOUS). */
  static final String PREVIOUS_GROUP = "PREVIOUS";
  /** A result's object group that names no group: the event a report is about (会上，X作报告: SPEAKER_AT=$SALIENT). */
  static final String SALIENT_GROUP = "SALIENT";
  /** As SALIENT_GROUP, named anywhere before in the article (发布会上，X公布…: the event the article reports). */
  static final String ARTICLE_GROUP = "ARTICLE";
  /** A group naming a feature of the model a rule matched (…的图像生成功能): what was released is not the model. */
  static final String FEATURE_GROUP = "feature";

  private static final Set<String> SEPARATORS = Set.of("、", "和", "与", "及", "以及", "跟", "等", "，", ",", "；", "或", "或者", "and", "or");
  private static final Set<String> NEGATORS = Set.of("不", "没", "没有", "未", "并未", "从未", "尚未", "并非", "非", "无",
      "并没有", "并没", "从没", "从没有", "未曾", "没能", "未能", "不会", "not", "never", "n't", "didn't", "hasn't",
      "hadn't", "haven't", "won't");
  /** Words of the future or of intent right before a verb: what follows has not happened. */
  private static final Set<String> FUTURE = Set.of("将", "将要", "将会", "即将", "计划", "拟", "打算", "准备");
  /** Words joining the items of a list of names. */
  static final Set<String> LIST_JOINERS = Set.of("、", "和", "与", "及", "以及", "跟", ",", "，", "and", "&");
  /** Words joining two titles of one person: 创始人兼CEO, 董事长、总裁. */
  static final Set<String> TITLE_JOINERS = Set.of("兼", "及", "暨", "、");
  /** Prepositions that tie a date to the verb after it: 成立于2023年，… */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("于", "在", "自", "从", "至", "到", "截至", "直到", "成立于");
  private static final Set<String> NUMERIC_TAGS = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");
  private static final Set<String> OPENING_BRACKETS = Set.of("(", "（", "[", "【");
  private static final Set<String> CLOSING_BRACKETS = Set.of(")", "）", "]", "】");
  /**
   * A title held for a region or a unit of the organization (大中华区总裁, 中国区首席执行官, 云事业部CEO, CEO of Acme's
   * Asia business): its holder works there but does not head the whole organization.
   */
  private static final Pattern SCOPED_TITLE = Pattern.compile(
      "\\p{IsHan}区|分公司|子公司|事业部|事业群|业务|部门|\\b(?:Greater China|China|Asia|Asia[- ]Pacific|APAC|EMEA|Europe|"
          + "Americas|North America|division|unit|region|business)\\b");

  /** A title that was: 前首席执行官, 原总裁, former CEO, or such a word right before the title. */
  private static final Pattern FORMER =
      Pattern.compile("^(前任|前|原任|原|卸任|已故|[Ff]ormer(?![a-z])|[Oo]ne-?time(?![a-z]))");
  /** A former-marker ending the text of a title phrase before one of its titles, after a joiner: …、前, …兼原. */
  private static final Pattern WITHIN_FORMER = Pattern.compile("(^|[、兼及和,，\\s])(前任|前|原任|原)$");
  /** Words before an organization that put the position held there in the past: 曾任百度CEO, 曾在谷歌担任副总裁. */
  /** The noun of a kind of business that ends a description before an organization's name (初创企业X, 芯片公司Y). */
  private static final Pattern ORGANIZATION_KIND = Pattern.compile("企业|公司|初创公司|初创企业|机构|厂商|巨头|大厂|独角兽");
  private static final Pattern PAST = Pattern.compile("曾|曾经|曾任|曾担任|曾经担任|曾是|曾为|此前|早年");
  /** An English adverb marking a title after it as past: formerly, previously, originally, once (Initech's CTO). */
  private static final Pattern ENGLISH_PAST = Pattern.compile("[Ff]ormerly|[Pp]reviously|[Oo]riginally|[Oo]nce");

  private final List<Referent> referents;
  /** Each sentence by its index, for the parse {@link Antecedents} reads. */
  private final Map<Integer, AnnotatedSentence> parsed = new HashMap<>();
  /** Where each paragraph starts, in document offsets, ascending: a report's event stays in view within it. */
  private final List<Integer> paragraphStarts;

  /** @param sentences the whole document, for SALIENT subjects */
  RuleInterpreter(List<TaggedSentence> sentences) {
    this(sentences, List.of());
  }

  /**
   * @param sentences the whole document, for SALIENT subjects
   * @param paragraphs the document's paragraphs: a SALIENT subject may also have been named anywhere earlier in the
   *     paragraph of the match, however many sentences back
   */
  RuleInterpreter(List<TaggedSentence> sentences, List<Span> paragraphs) {
    this.paragraphStarts = paragraphs.stream().map(Span::begin).sorted().toList();
    List<Referent> all = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      all.addAll(s.referents()); // resolved anaphors count: 活动 keeps its event in view
      parsed.put(s.index(), s.sentence());
    }
    all.sort(Comparator.comparing(Referent::span));
    this.referents = all;
  }

  /**
   * @param range the whole match, for the evidence span and the negation check
   */
  List<Relation> interpret(TaggedSentence s, String ruleId, RuleAction action, Map<String, TokenRange> groups,
      TokenRange range) {
    if (negated(s, range)) {
      return List.of();
    }
    Span evidence = s.span(range.begin(), range.end());
    List<Relation> out = new ArrayList<>();
    for (RuleAction.Item item : action.items()) {
      if (item.key().equals("ROLE") || item.key().equals("ROLES") || item.key().equals("PAIRED")) {
        roles(s, ruleId, action, groups, item, evidence, range, out);
        continue;
      }
      RelationType predicate = item.predicate().orElseThrow();
      if (predicate == RelationType.RELEASE_DATE && nonEmpty(groups.get(FEATURE_GROUP))) {
        continue; // 推出GPT-4o的图像生成功能: a feature of the model was released, not the model
      }
      Signature sig = RelationSignature.of(predicate);
      List<Referent> subjects = subjects(s, groups, sig, action, range);
      if (subjects.isEmpty()) {
        continue;
      }
      for (Referent subject : subjects) {
        List<Valued> values = objects(s, groups, item, sig, action, range);
        if (values.isEmpty() && predicate == RelationType.START_DATE && subject.type() == EntityType.EVENT) {
          values = dayInEventYear(s, item.group().map(groups::get).orElse(null), subject);
        }
        for (Valued v : values) {
          if (v.referent().map(o -> o.entityKey().equals(subject.entityKey())).orElse(false)) {
            continue;
          }
          double confidence = action.confidence() * factor(subject) * v.referent().map(RuleInterpreter::factor).orElse(1.0);
          out.add(new Relation(subject.entityKey(), predicate, v.value(), Optional.empty(), s.index(), evidence, ruleId,
              round(confidence)));
        }
      }
    }
    return out;
  }

  private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号]$");
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

  /**
   * A day without a year (5月15日，在「…2024…」大会上) in an article whose date is unknown: the year the event's own name
   * gives, when the event is named in this sentence. Nothing when the name holds no year or more than one.
   */
  private static List<Valued> dayInEventYear(TaggedSentence s, TokenRange g, Referent event) {
    if (g == null || event.sentence() != s.index()) {
      return List.of();
    }
    Matcher day = MONTH_DAY.matcher(s.text(g.begin(), g.end()).strip());
    int base = s.sentence().span().begin();
    String name = s.text().substring(event.span().begin() - base, event.span().end() - base);
    Matcher year = YEAR_IN_NAME.matcher(name);
    if (!day.matches() || !year.find()) {
      return List.of();
    }
    String found = year.group(1);
    if (year.find()) {
      return List.of();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(found), Integer.parseInt(day.group(1)),
          Integer.parseInt(day.group(2)));
      return List.of(literal(date.toString(), TimeExpressions.DATE));
    } catch (DateTimeException e) {
      return List.of(); // 2月30日
    }
  }

  private static boolean nonEmpty(TokenRange g) {
    return g != null && g.end() > g.begin();
  }

  private record Valued(Relation.Value value, Optional<Referent> referent) {}

  private List<Referent> subjects(TaggedSentence s, Map<String, TokenRange> groups, Signature sig, RuleAction action,
      TokenRange range) {
    TokenRange g = groups.get("subject");
    if (g != null) {
      return action.everyPerson() ? entities(s, g, everyPerson(sig::subjectFits), true)
          : entities(s, g, sig::subjectFits, false);
    }
    if (action.previousSubject()) {
      // "The Paris-based startup" (LOCATED_IN: an organization or a place) points back to an organization, not a place.
      Predicate<EntityType> fits = sig.subjectFits(EntityType.ORGANIZATION) && sig.subjectFits(EntityType.PLACE)
          ? EntityType::isOrganization : sig::subjectFits;
      return previous(asCalled(fits, s, range), s, range).map(List::of).orElse(List.of());
    }
    if (action.salientSubject()) {
      return salientSubject(sig::subjectFits, s, range, action).map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /** For people=EVERY: a side that may be a person is only a person (the guests, not their companies). */
  private static Predicate<EntityType> everyPerson(Predicate<EntityType> fits) {
    return fits.test(EntityType.PERSON) ? t -> t == EntityType.PERSON : fits;
  }

  private List<Valued> objects(TaggedSentence s, Map<String, TokenRange> groups, RuleAction.Item item, Signature sig,
      RuleAction action, TokenRange range) {
    if (item.namedValue().isPresent()) {
      return List.of(new Valued(new Relation.NamedValue(item.namedValue().get()), Optional.empty()));
    }
    if (item.group().get().equals(PREVIOUS_GROUP) && sig.kind() == RelationSignature.ObjectKind.ENTITY) {
      // "In May, the company launched X": the object the text leaves to the reader, as for subject=PREVIOUS
      return previous(asCalled(sig::objectFits, s, range), s, range).stream()
          .map(r -> new Valued(new Relation.EntityValue(r.entityKey()), Optional.of(r))).toList();
    }
    boolean articleWide = item.group().get().equals(ARTICLE_GROUP);
    if ((articleWide || item.group().get().equals(SALIENT_GROUP))
        && sig.kind() == RelationSignature.ObjectKind.ENTITY) {
      // "会上" (at the meeting) names no event: the one the last sentences are about, as for subject=SALIENT
      return salient(sig::objectFits, s.index(), s.span(range.begin(), range.end()).begin(), articleWide).stream()
          .map(r -> new Valued(new Relation.EntityValue(r.entityKey()), Optional.of(r))).toList();
    }
    TokenRange g = groups.get(item.group().orElseThrow());
    if (g == null || g.end() <= g.begin()) {
      return List.of();
    }
    List<Valued> out = new ArrayList<>();
    switch (sig.kind()) {
      case ENTITY -> {
        List<Referent> named = action.everyPerson() ? entities(s, g, everyPerson(sig::objectFits), true)
            : entities(s, g, sig::objectFits, sig.allInGroup());
        for (Referent r : named) {
          out.add(new Valued(new Relation.EntityValue(r.entityKey()), Optional.of(r)));
        }
      }
      case YEAR -> dateOf(s, g, range).ifPresent(t -> out.add(literal(t.lexical().substring(0, 4),
          TimeExpressions.G_YEAR)));
      case DATE -> dateOf(s, g, range).ifPresent(t -> out.add(literal(t.lexical(), t.datatype())));
      case DECIMAL -> {
        for (BigDecimal n : numbers(s, g)) {
          out.add(literal(n.toPlainString(), XSD_DECIMAL));
        }
      }
      case COUNT -> numbers(s, g).stream().findFirst()
          .ifPresent(n -> out.add(literal(n.toBigInteger().toString(), XSD_INTEGER)));
      case NAMED -> throw new IllegalStateException(item.key() + " needs a named value, not a group");
      default -> throw new IllegalStateException(sig.kind().toString());
    }
    return out;
  }

  /**
   * The date a group holds, unless the match starts with it right after a preposition outside the match: then it
   * belongs to another clause (成立于2023年，其开源模型… is not a release date).
   */
  private static Optional<TimeExpression> dateOf(TaggedSentence s, TokenRange g, TokenRange range) {
    if (g.begin() == range.begin() && g.begin() > 0 && TIME_PREPOSITIONS.contains(s.tokens().get(g.begin() - 1).word())) {
      return Optional.empty();
    }
    return s.timeIn(g.begin(), g.end());
  }

  private static Valued literal(String lexical, String datatype) {
    return new Valued(new Relation.LiteralValue(lexical, datatype), Optional.empty());
  }

  /** Every maximal run of numeric tokens in the group, read as a number. */
  private static List<BigDecimal> numbers(TaggedSentence s, TokenRange g) {
    List<BigDecimal> out = new ArrayList<>();
    int i = g.begin();
    while (i < g.end()) {
      if (!NUMERIC_TAGS.contains(s.tags().get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < g.end() && NUMERIC_TAGS.contains(s.tags().get(j))) {
        j++;
      }
      Quantities.parse(s.text(i, j)).ifPresent(out::add);
      i = j;
    }
    return out;
  }

  /**
   * The referents not inside a longer one: a name within another (Microsoft of Microsoft AI, which the entity stage
   * names for PART_OF) is part of it, so what the text says of the whole (the CEO of Microsoft AI) is not the part's.
   */
  static List<Referent> outermost(List<Referent> referents) {
    return referents.stream().filter(r -> referents.stream()
        .noneMatch(o -> o.span().contains(r.span()) && !o.span().equals(r.span()))).toList();
  }

  /**
   * The entities a group stands for: the last fitting one of each conjunct (head-final noun phrases), or every fitting
   * one when {@code all}.
   */
  static List<Referent> entities(TaggedSentence s, TokenRange g, Predicate<EntityType> fits,
      boolean all) {
    List<Referent> in = outsideNotes(s, g, outermost(s.referentsIn(g.begin(), g.end())).stream()
        .filter(r -> fits.test(r.type())).toList());
    if (all || in.size() <= 1) {
      return dedupe(in);
    }
    List<Referent> heads = new ArrayList<>();
    int start = g.begin();
    for (int i = g.begin(); i <= g.end(); i++) {
      boolean boundary = i == g.end() || SEPARATORS.contains(s.tokens().get(i).word());
      if (!boundary) {
        continue;
      }
      if (i > start) {
        Span conjunct = s.span(start, i);
        // The head ends last; of names nested in one another (香港中文大学 in 香港中文大学多媒体实验室), the outer one.
        in.stream().filter(r -> r.span().overlaps(conjunct))
            .max(Comparator.comparingInt((Referent r) -> r.span().end()).thenComparingInt(r -> -r.span().begin()))
            .ifPresent(heads::add);
      }
      start = i + 1;
    }
    return dedupe(heads);
  }

  /**
   * A group's referents less those inside a bracketed note the group holds (at Acme, Globex (a unit of Initech) and
   * Hooli: Initech is no item of the list), when some stand outside it; a group that opens inside its brackets, or
   * names nothing else, keeps them.
   */
  static List<Referent> outsideNotes(TaggedSentence s, TokenRange g, List<Referent> in) {
    if (in.size() <= 1) {
      return in;
    }
    int[] depth = new int[g.end() - g.begin()];
    int d = 0;
    for (int i = g.begin(); i < g.end(); i++) {
      String w = s.tokens().get(i).word();
      if (CLOSING_BRACKETS.contains(w)) {
        d = Math.max(0, d - 1);
      }
      depth[i - g.begin()] = d;
      if (OPENING_BRACKETS.contains(w)) {
        d++;
      }
    }
    List<Referent> outside = in.stream().filter(r -> {
      int t = s.tokenAt(r.span().begin());
      return t < g.begin() || t >= g.end() || depth[t - g.begin()] == 0;
    }).toList();
    return outside.isEmpty() ? in : outside;
  }

  private static List<Referent> dedupe(List<Referent> referents) {
    Map<String, Referent> byKey = new LinkedHashMap<>();
    for (Referent r : referents) {
      byKey.putIfAbsent(r.entityKey(), r);
    }
    return List.copyOf(byKey.values());
  }

  /**
   * ROLE: titles in $title held by the people in the group; ROLES: each person's own title right before the name;
   * PAIRED: the people and the titles of $title in the same order.
   */
  private void roles(TaggedSentence s, String ruleId, RuleAction action, Map<String, TokenRange> groups,
      RuleAction.Item item, Span evidence, TokenRange range, List<Relation> out) {
    TokenRange subjectGroup = groups.get("subject");
    TokenRange people = groups.get(item.group().orElseThrow());
    if ((people == null && !action.previousPerson())
        || (subjectGroup == null && !action.salientSubject() && !action.previousSubject())) {
      return;
    }
    // With no organization in the text (公司CEO张三), the one the article is about: any organization, as CEO's subject.
    List<Referent> organizations = subjectGroup != null
        ? entities(s, subjectGroup, EntityType::isOrganization, false)
        // "the company's" points back to a business, not to the station or the university named before it
        : action.previousSubject()
            ? previous(asCalled(EntityType::isOrganization, s, range), s, range).map(List::of).orElse(List.of())
        : salientSubject(RelationSignature.of(RelationType.CEO)::subjectFits, s, range, action)
            .map(List::of).orElse(List.of());
    // A clause with no subject of its own (2015年加盟X，出任Y): the person the text was about just before.
    List<Referent> persons = people != null ? entities(s, people, t -> t == EntityType.PERSON, false)
        : previous(t -> t == EntityType.PERSON, s, range).map(List::of).orElse(List.of());
    // PAIRED: the i-th person holds the i-th title of the list (A and B, who are president and CEO, respectively).
    boolean paired = item.key().equals("PAIRED");
    List<TokenRange> pairedTitles = paired ? titleConjuncts(s, groups.get("title")) : List.of();
    if (paired && pairedTitles.size() != persons.size()) {
      return;
    }
    // Organizations listed together in the subject group (曾先后在A和B担任研究员) do not interrupt one another.
    List<Referent> listed = organizations.size() > 1 ? organizations : List.of();
    for (Referent org : organizations) {
      for (int p = 0; p < persons.size(); p++) {
        Referent person = persons.get(p);
        TokenRange titleRange = paired ? pairedTitles.get(p)
            : item.key().equals("ROLE") ? groups.get("title") : titleBefore(s, person);
        if (titleRange == null) {
          continue;
        }
        titleRange = beforeOtherOrganization(s, withoutLeadingNames(s, titleRange), org);
        if (titleRange.end() <= titleRange.begin()) {
          continue;
        }
        // A PAIRED list is the rule's own: its pattern says what may stand between (X was founded by former members
        // of Y, including A and B, who are president and CEO, respectively: Y does not interrupt).
        if (!paired && interrupted(s, org, person, titleRange, item.key().equals("ROLES"), listed)) {
          continue;
        }
        String title = s.text(titleRange.begin(), titleRange.end()).strip();
        double confidence = round(action.confidence() * factor(org) * factor(person));
        Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
        Set<TitleLexicon.Role> pastRoles = new LinkedHashSet<>();
        for (TitleLexicon.Found found : s.titlesIn(titleRange.begin(), titleRange.end())) {
          (formerWithin(s, titleRange, found) ? pastRoles : roles).add(found.role());
        }
        Optional<String> former = formerMarker(s, titleRange, org);
        if (former.isPresent() || pastRoles.isEmpty()) {
          roles.addAll(pastRoles);
          roleRelations(org, person, title, former, roles, s.index(), evidence, ruleId, confidence, out);
        } else {
          mixedRoleRelations(org, person, title, roles, pastRoles, s.index(), evidence, ruleId, confidence, out);
        }
      }
    }
  }

  /**
   * What a person holding {@code title} at {@code org} states: titles.tsv's role decides (CEO → CEO and WORKS_FOR,
   * chief scientist → CHIEF_SCIENTIST and WORKS_FOR, founder → FOUNDER only, any other title → WORKS_FOR titled as
   * written); a former title (前…) gives WORKS_FOR titled as written, and FOUNDER when it is a founder's.
   */
  static void roleRelations(Referent org, Referent person, String title, Optional<String> former,
      Set<TitleLexicon.Role> roles, int sentence, Span evidence, String ruleId, double confidence, List<Relation> out) {
    if (former.isPresent()) {
      // A former CEO is not the CEO, but the text still gives the position: WORKS_FOR, titled as written (前…). A
      // founding stays a fact (原联合创始人X founded it), and founding alone is no position.
      if (roles.contains(TitleLexicon.Role.FOUNDER)) {
        out.add(entityRelation(org, RelationType.FOUNDER, person, sentence, evidence, ruleId, confidence));
        if (roles.stream().allMatch(r -> r == TitleLexicon.Role.FOUNDER)) {
          return;
        }
      }
      String formerTitle = title.startsWith(former.get()) ? title
          : former.get() + (former.get().matches("[A-Za-z-]+") ? " " : "") + title;
      out.add(new Relation(person.entityKey(), RelationType.WORKS_FOR, new Relation.EntityValue(org.entityKey()),
          Optional.of(formerTitle), sentence, evidence, ruleId, confidence));
      return;
    }
    boolean employed = false;
    boolean scoped = SCOPED_TITLE.matcher(title).find();
    for (TitleLexicon.Role role : roles) {
      if (scoped && (role == TitleLexicon.Role.CEO || role == TitleLexicon.Role.CHIEF_SCIENTIST)) {
        employed = true; // 某某大中华区首席执行官 heads a region or unit, not the organization: WORKS_FOR only
        continue;
      }
      switch (role) {
        case CEO -> {
          out.add(entityRelation(org, RelationType.CEO, person, sentence, evidence, ruleId, confidence));
          employed = true;
        }
        case CHIEF_SCIENTIST -> {
          out.add(entityRelation(org, RelationType.CHIEF_SCIENTIST, person, sentence, evidence, ruleId, confidence));
          employed = true;
        }
        case FOUNDER -> out.add(entityRelation(org, RelationType.FOUNDER, person, sentence, evidence, ruleId,
            confidence));
        case TITLE -> employed = true;
        default -> throw new IllegalStateException(role.toString());
      }
    }
    if (employed) {
      out.add(new Relation(person.entityKey(), RelationType.WORKS_FOR, new Relation.EntityValue(org.entityKey()),
          Optional.of(title), sentence, evidence, ruleId, confidence));
    }
  }

  /**
   * The part of a title phrase before another organization named inside it: in 星海科技董事长、云帆资本首席执行官 (as a
   * parse may hang it on 星海科技) the titles after 云帆资本 are that organization's, and the joiner before it goes too.
   */
  private static TokenRange beforeOtherOrganization(TaggedSentence s, TokenRange titleRange, Referent org) {
    int end = titleRange.end();
    for (Referent r : s.referentsIn(titleRange.begin(), titleRange.end())) {
      if (r.type().isOrganization() && !r.entityKey().equals(org.entityKey())) {
        end = Math.min(end, Math.max(titleRange.begin(), s.tokenAt(r.span().begin())));
      }
    }
    while (end > titleRange.begin() && (LIST_JOINERS.contains(s.tokens().get(end - 1).word())
        || TITLE_JOINERS.contains(s.tokens().get(end - 1).word()))) {
      end--;
    }
    return end == titleRange.end() ? titleRange : new TokenRange(titleRange.begin(), end);
  }

  /**
   * A title phrase with a later title marked as past (联合创始人、前首席科学家): the current titles as usual; the past
   * ones give FOUNDER when a founder's, and the position titled as written when no current title is one.
   */
  private static void mixedRoleRelations(Referent org, Referent person, String title, Set<TitleLexicon.Role> current,
      Set<TitleLexicon.Role> past, int sentence, Span evidence, String ruleId, double confidence, List<Relation> out) {
    roleRelations(org, person, title, Optional.empty(), current, sentence, evidence, ruleId, confidence, out);
    if (past.contains(TitleLexicon.Role.FOUNDER) && !current.contains(TitleLexicon.Role.FOUNDER)) {
      out.add(entityRelation(org, RelationType.FOUNDER, person, sentence, evidence, ruleId, confidence));
    }
    boolean employedNow = current.stream().anyMatch(r -> r != TitleLexicon.Role.FOUNDER);
    if (!employedNow && past.stream().anyMatch(r -> r != TitleLexicon.Role.FOUNDER)) {
      out.add(new Relation(person.entityKey(), RelationType.WORKS_FOR, new Relation.EntityValue(org.entityKey()),
          Optional.of(title), sentence, evidence, ruleId, confidence));
    }
  }

  /** A title after the start of its phrase with a former-marker right before it: 联合创始人、前首席科学家. */
  private static boolean formerWithin(TaggedSentence s, TokenRange titleRange, TitleLexicon.Found found) {
    Span phrase = s.span(titleRange.begin(), titleRange.end());
    if (found.span().begin() <= phrase.begin()) {
      return false;
    }
    String before = s.text().substring(phrase.begin() - s.sentence().span().begin(),
        found.span().begin() - s.sentence().span().begin()).strip();
    return WITHIN_FORMER.matcher(before).find();
  }

  /**
   * Another name between the organization and what it governs means the title is held elsewhere: for a shared title
   * (ROLE) another person between the organization and the person ("A创始人X和B创始人Y" gives Y nothing at A, however
   * the parse hangs the list) or another organization between the organization and the title; for a title of each
   * person's own (ROLES) another organization before the person ("阶跃星辰由前微软副总裁X创立": the title is
   * 微软's). The {@code listed} organizations of the rule's own list (先后在A和B担任研究员) interrupt nothing, and one of
   * them may share the title of the list (A、B董事长张三: roles.orgs-shared-title-person).
   */
  private static boolean interrupted(TaggedSentence s, Referent org, Referent person, TokenRange titleRange,
      boolean ownTitle, List<Referent> listed) {
    int orgFirst = s.tokenAt(org.span().begin());
    int orgLast = s.tokenAt(org.span().end() - 1);
    int personFirst = s.tokenAt(person.span().begin());
    if (orgFirst < 0 || orgLast < 0 || personFirst < 0) {
      return false; // an organization named in another sentence (subject=SALIENT)
    }
    boolean ownList = listed.stream().anyMatch(l -> l.entityKey().equals(org.entityKey()));
    if (!ownTitle && orgLast < personFirst && !ownList && inOrganizationList(s, orgFirst)) {
      return true; // 智谱、百川和零一万物的创始人A、B、C: which founded which is not said
    }
    if (!ownTitle && orgLast < personFirst) { // ROLES lists people each with their own title: 由CEO A和总裁B创办
      boolean otherPerson = s.referentsIn(orgLast + 1, personFirst).stream()
          .anyMatch(r -> r.type() == EntityType.PERSON && !r.entityKey().equals(person.entityKey()));
      if (otherPerson) {
        return true;
      }
    }
    int until = ownTitle ? personFirst : titleRange.begin();
    return orgLast < until && s.referentsIn(orgLast + 1, until).stream()
        .anyMatch(r -> r.type().isOrganization() && !r.entityKey().equals(org.entityKey())
            && listed.stream().noneMatch(l -> l.entityKey().equals(r.entityKey())));
  }

  /** Words parting the titles of a PAIRED list; 兼 and 暨 join two titles of one person and part nothing. */
  private static final Set<String> PAIRED_TITLE_JOINERS = Set.of(",", "，", "、", "and", "和", "与", "及", "以及");

  /** The titles of a PAIRED list, in order: each part between joiners that holds a title. */
  private static List<TokenRange> titleConjuncts(TaggedSentence s, TokenRange g) {
    if (g == null) {
      return List.of();
    }
    List<TokenRange> out = new ArrayList<>();
    int start = g.begin();
    for (int i = g.begin(); i <= g.end(); i++) {
      if (i < g.end() && !PAIRED_TITLE_JOINERS.contains(s.tokens().get(i).word())) {
        continue;
      }
      if (i > start && !s.titlesIn(start, i).isEmpty()) {
        out.add(new TokenRange(start, i));
      }
      start = i + 1;
    }
    return out;
  }

  /** The organization starting at token {@code orgFirst} is the last of a list of organizations (A、B和C). */
  static boolean inOrganizationList(TaggedSentence s, int orgFirst) {
    int i = orgFirst - 1;
    if (i < 1 || !LIST_JOINERS.contains(s.tokens().get(i).word()) || !s.tags().get(i - 1).equals("ORG")) {
      return false;
    }
    if (s.tokens().get(i).word().equals(",")) {
      // "Jane Doe, head of Acme, Beta CEO John Roe"; "According to Acme, Beta CEO John Roe …": an English comma after
      // the organization of a preposition ends that phrase; it does not list the two.
      int j = i - 1;
      while (j > 0 && s.tags().get(j - 1).equals("ORG")) {
        j--;
      }
      return j == 0 || !ENGLISH_ORG_PREPOSITIONS.contains(s.tokens().get(j - 1).word());
    }
    return true;
  }

  private static final Set<String> ENGLISH_ORG_PREPOSITIONS = Set.of("of", "at", "with", "for", "from", "to", "by");

  /**
   * The word marking a title as past (前, 原, 前任…): at the title's start, right before it (谷歌前首席执行官), or right
   * before the organization when the organization leads the title (前谷歌首席科学家).
   */
  private static Optional<String> formerMarker(TaggedSentence s, TokenRange titleRange, Referent org) {
    java.util.regex.Matcher atStart = FORMER.matcher(s.text(titleRange.begin(), titleRange.end()).strip());
    if (atStart.find()) {
      return Optional.of(atStart.group(1));
    }
    List<Integer> positions = new ArrayList<>();
    positions.add(titleRange.begin() - 1);
    int orgStart = s.tokenAt(org.span().begin());
    if (orgStart >= 0 && orgStart < titleRange.begin()) {
      positions.add(orgStart - 1);
    }
    for (int i : positions) {
      if (i >= 0 && FORMER.matcher(s.tokens().get(i).word()).matches()) {
        return Optional.of(s.tokens().get(i).word());
      }
      if (i >= 0 && ENGLISH_PAST.matcher(s.tokens().get(i).word()).matches()) {
        return Optional.of("former"); // John Roe, formerly Initech's CTO: titled as a former CTO
      }
    }
    if (orgStart >= 0) { // the segmenter may glue the marker to the name: 前谷歌
      Token first = s.tokens().get(orgStart);
      String glued = first.word().substring(0, Math.max(0, Math.min(first.word().length(),
          org.span().begin() - first.span().begin())));
      if (FORMER.matcher(glued).matches()) {
        return Optional.of(glued);
      }
    }
    if (orgStart >= 0 && orgStart < titleRange.begin()) { // 曾任百度CEO; 曾在谷歌担任副总裁; 曾是X的副总裁: as 前…
      int from = orgStart - 1;
      if (from >= 0 && ORGANIZATION_KIND.matcher(s.tokens().get(from).word()).matches()) {
        // 曾是数据标注初创企业X的创始人: a description of the organization, ending in its kind, stands between
        int words = 0;
        while (from >= 0 && words < 5 && s.tags().get(from).equals("O")
            && !s.tokens().get(from).pos().matches("PU|VC|P|AD")) {
          from--;
          words++;
        }
      }
      for (int i = from; i >= Math.max(0, from - 2); i--) {
        String word = s.tokens().get(i).word();
        if (PAST.matcher(word).matches()) {
          return Optional.of("前");
        }
        if (!word.matches("在|于|任|担任|出任|是|为") && !s.tokens().get(i).pos().equals("AD")) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A title phrase read from a parse may start with the organization and 的 (腾讯创始人), or a rule's title may take
   * the company word after a name (星海公司创始人): the title starts after.
   */
  private static TokenRange withoutLeadingNames(TaggedSentence s, TokenRange r) {
    int b = r.begin();
    while (b < r.end() && (s.tags().get(b).equals("ORG") || s.tags().get(b).equals("PERSON")
        || s.tokens().get(b).word().matches("[的之、，,]|公司|集团"))) {
      b++;
    }
    return new TokenRange(b, r.end());
  }

  /** The run of TITLE tokens right before a person's name, if any. */
  private static TokenRange titleBefore(TaggedSentence s, Referent person) {
    int first = s.tokenAt(person.span().begin());
    if (first <= 0) {
      return null;
    }
    int b = first;
    while (b > 0) {
      if (s.tags().get(b - 1).equals("TITLE")) {
        b--;
      } else if (b > 1 && b < first && TITLE_JOINERS.contains(s.tokens().get(b - 1).word())
          && s.tags().get(b - 2).equals("TITLE")) {
        b -= 2; // 联合创始人兼首席技术官: titles joined by 兼 or 、 are one person's
      } else {
        break;
      }
    }
    return b < first ? new TokenRange(b, first) : null;
  }

  private static Relation entityRelation(Referent subject, RelationType p, Referent object, int sentence,
      Span evidence, String ruleId, double confidence) {
    return new Relation(subject.entityKey(), p, new Relation.EntityValue(object.entityKey()), Optional.empty(),
        sentence, evidence, ruleId, confidence);
  }

  /**
   * A negator inside the match or right before it (不发布, 并未创立) cancels it, unless it stands inside brackets: an
   * aside such as （无工具辅助） describes, it does not deny the fact around it; nor does a negator inside a relative
   * clause that describes a noun of the match (以未公开的价格收购: the price is undisclosed, the purchase happened).
   */
  private static boolean negated(TaggedSentence s, TokenRange range) {
    int before = range.begin() - 1;
    if (before >= 0 && FUTURE.contains(s.tokens().get(before).word()) && s.tags().get(range.begin()).equals("O")) {
      return true; // 即将开源X, 计划发布X: not done yet (a match opening with a name after 将 is the 把-like 将X…)
    }
    int depth = 0;
    for (int i = Math.max(0, range.begin() - 1); i < range.end(); i++) {
      Token t = s.tokens().get(i);
      if (OPENING_BRACKETS.contains(t.word())) {
        depth++;
      } else if (CLOSING_BRACKETS.contains(t.word())) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && NEGATORS.contains(t.word()) && s.tags().get(i).equals("O")
          && !negatesRelativeClause(s, i, range.end())) {
        // only a word outside any name negates: 无 in a company's name (无X科技) or in a title is part of that name
        return true;
      }
    }
    return false;
  }

  /** A negator whose verb, next, closes a relative clause with 的 before the match ends: 未公开的, 未经授权的. */
  private static boolean negatesRelativeClause(TaggedSentence s, int negator, int end) {
    int verb = negator + 1;
    int particle = verb + 1;
    return particle < end && s.tokens().get(verb).pos().startsWith("V")
        && s.tokens().get(particle).word().equals("的") && s.tokens().get(particle).pos().equals("DEC");
  }

  /**
   * The fitting entities named before an offset: how often each was named, the last mention of each, of all, and of
   * all but outlets.
   */
  private record NamedBefore(Map<String, Integer> counts, Map<String, Referent> lastOf, Optional<Referent> last,
      Optional<Referent> lastBesideOutlets) {}

  private NamedBefore namedBefore(Predicate<EntityType> fits, int before) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Referent> lastOf = new HashMap<>();
    Referent last = null;
    Referent lastBesideOutlets = null;
    for (Referent r : referents) {
      if (r.span().begin() >= before) {
        break;
      }
      if (fits.test(r.type())) {
        counts.merge(r.entityKey(), 1, Integer::sum);
        lastOf.put(r.entityKey(), r);
        last = r;
        if (r.type() != EntityType.MEDIA_ORGANIZATION) {
          lastBesideOutlets = r;
        }
      }
    }
    return new NamedBefore(counts, lastOf, Optional.ofNullable(last), Optional.ofNullable(lastBesideOutlets));
  }

  /**
   * The entity of a fitting type named most often so far, among those named in the last sentences or this paragraph
   * (or anywhere before, when {@code articleWide}).
   */
  private Optional<Referent> salient(Predicate<EntityType> fits, int sentence, int before, boolean articleWide) {
    return salient(namedBefore(fits, before), sentence, before, articleWide);
  }

  private Optional<Referent> salient(NamedBefore named, int sentence, int before, boolean articleWide) {
    int paragraphStart = paragraphStarts.stream().filter(p -> p <= before).reduce((a, b) -> b).orElse(Integer.MAX_VALUE);
    return named.lastOf().values().stream()
        .filter(r -> articleWide || r.sentence() >= sentence - SALIENT_REACH || r.span().begin() >= paragraphStart)
        .max(Comparator.comparing((Referent r) -> named.counts().get(r.entityKey()))
            .thenComparing(r -> r.span().begin()));
  }

  /**
   * The subject=SALIENT/ARTICLE/SOLE entity of a match. SOLE asks that one entity be clearly meant: named more often
   * than any other fitting one so far, and the last fitting one named before the match (a second organization named
   * in between, or two named equally often, leave the title's holder unclear). An outlet named in between is the
   * source of the report (…, Reuters reported, citing CEO Jane Doe), not a holder: it counts only when it is the
   * entity meant.
   */
  private Optional<Referent> salientSubject(Predicate<EntityType> fits, TaggedSentence s, TokenRange range,
      RuleAction action) {
    int before = s.span(range.begin(), range.end()).begin();
    NamedBefore named = namedBefore(fits, before);
    Optional<Referent> found = salient(named, s.index(), before, action.articleWide());
    if (!action.lastNamedOnly() || found.isEmpty()) {
      return found;
    }
    String key = found.get().entityKey();
    Optional<Referent> last = found.get().type() == EntityType.MEDIA_ORGANIZATION ? named.last()
        : named.lastBesideOutlets();
    return Antecedents.namedMostOften(named.counts(), key) && last.filter(l -> l.entityKey().equals(key)).isPresent()
        ? found : Optional.empty();
  }

  /** Words that call an organization a business: the company, the startup, 该公司. */
  private static final Pattern BUSINESS_NOUN = Pattern.compile("(?i)company|firm|startup|start-up|公司|该公司|这家公司");

  /**
   * "The company" points back to a business, not to the university or the newspaper named before it (It was founded
   * by a professor at X University. In 2020, the company released …).
   */
  private static Predicate<EntityType> asCalled(Predicate<EntityType> fits, TaggedSentence s, TokenRange match) {
    boolean business = s.tokens().subList(match.begin(), match.end()).stream()
        .anyMatch(t -> BUSINESS_NOUN.matcher(t.word()).matches());
    return business ? fits.and(t -> t != EntityType.RESEARCH_ORGANIZATION && t != EntityType.MEDIA_ORGANIZATION)
        : fits;
  }

  /** How many sentences back a sentence that opens its paragraph looks for what "the company" or "its" means. */
  private static final int OPENING_REACH = 2;

  /**
   * What "its" and "the company" point back to: of the fitting entities named in the same sentence before the match
   * ("Acme was founded in 2013, and the company's founder …"), else of the nearest earlier sentence in the same
   * paragraph that has one, the one {@link Antecedents} prefers: that sentence's subject, else the first named, not
   * the last name in it. A sentence that opens its paragraph looks at the nearest of the two sentences right before it
   * that has one (Acme is a chip maker. It was founded in 2016. ¶ The company's CEO is …: "It" names no one).
   */
  private Optional<Referent> previous(Predicate<EntityType> fits, TaggedSentence s, TokenRange match) {
    int matchBegin = s.tokens().get(match.begin()).span().begin();
    List<Referent> earlierInSentence = s.referents().stream()
        .filter(r -> !r.anaphor() && r.span().end() <= matchBegin && fits.test(r.type())).toList();
    if (!earlierInSentence.isEmpty()) {
      return Antecedents.choose(s.sentence(), earlierInSentence, Referent::span);
    }
    int here = s.sentence().span().begin();
    int paragraphStart = paragraphStarts.stream().filter(p -> p <= here).reduce((a, b) -> b).orElse(0);
    boolean opensParagraph = referents.stream()
        .noneMatch(r -> r.span().begin() >= paragraphStart && r.span().begin() < here && r.sentence() < s.index());
    int nearest = -1;
    for (Referent r : referents) {
      if (r.span().begin() >= here) {
        break;
      }
      boolean inReach = opensParagraph ? r.sentence() >= s.index() - OPENING_REACH
          : r.span().begin() >= paragraphStart;
      if (inReach && r.sentence() < s.index() && fits.test(r.type())) {
        nearest = Math.max(nearest, r.sentence());
      }
    }
    int sentence = nearest;
    List<Referent> fitting = referents.stream()
        .filter(r -> r.sentence() == sentence && r.span().begin() < here && fits.test(r.type())).toList();
    AnnotatedSentence in = parsed.get(sentence);
    return in == null ? fitting.stream().findFirst() : Antecedents.choose(in, fitting, Referent::span);
  }

  private static double factor(Referent r) {
    return r.anaphor() ? ANAPHOR_FACTOR : 1.0;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
