package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.InfoboxLines;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.claimgraph.extract.tagging.TimeExpressions;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * Encyclopedia pages (Wikipedia, Baidu Baike): a title line that is just a name sets the page's subject, which
 * infobox lines ("Founder: A", "总部：杭州") and subjectless clauses ("2009年，投资创办X") are about; and a person's
 * descriptor list ("张三，甲公司创始人兼CEO，乙公司董事长"; "Jane Roe is … the founder and CEO of Acme") gives the person
 * each organization-title item's roles. A news headline names no subject, so news gets nothing from the first two.
 */
final class EncyclopediaPages {
  static final String SUBJECT_FOUNDED_RULE = "organizations.page-subject-founded";
  static final String INFOBOX_RULE = "organizations.infobox-line";
  static final String DESCRIPTOR_RULE = "roles.person-descriptor-list";
  static final String ENGLISH_DESCRIPTOR_RULE = "roles.english-person-descriptor-list";
  static final String SUBJECT_OFFICERS_RULE = "roles.page-subject-officers";
  static final String SUBJECT_FOUNDED_BY_RULE = "organizations.page-subject-founded-by";
  static final double CONFIDENCE = 0.8;

  /** A disambiguator after the name on a title line: Acme (company), 张三（企业家）. */
  private static final Pattern DISAMBIGUATOR = Pattern.compile("\\s*[（(][^（()）]{1,20}[)）]\\s*$");
  /**
   * A clause opening with a time phrase then a founding verb, and nothing that could be its subject between: 2009年，
   * 投资创办X; 1998年至2001年，与合伙人创办A和B. Group year: the year when the phrase names one; range: set for a span.
   */
  private static final Pattern TIME_FOUNDED = Pattern.compile("^\\s*(?:于|在)?(?<year>(?:19|20)\\d\\d)年"
      + "(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:初|底|末|中|间|时)?(?<range>\\s*(?:至|到|-|－|—|–|~)\\s*(?:(?:19|20)\\d\\d年)?"
      + "(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:初|底|末|间)?)?\\s*[，,]?\\s*(?<with>(?:与|和|同|跟)[^，,。；;：:]{1,20}?)?"
      + "(?:先后|相继|又|再|还)?(?:投资|联合|共同|参与|一手)?(?:创办|创立|创建|创设|成立|建立)(?:了)?(?![的于])");
  /** The year a founding line gives first: "Founded: March 4, 2011; 14 years ago", "成立：2011年3月". */
  /** A licence value that keeps the model closed: Proprietary, 专有, 闭源. */
  private static final Pattern CLOSED_LICENCE = Pattern.compile("(?i)proprietary|专有|專有|闭源|閉源");
  /**
   * A licence value that makes the model open source: the OSI-approved licences most models are released under
   * (https://opensource.org/licenses: Apache, MIT, BSD, GPL and its kin, MPL) or the word itself.
   */
  private static final Pattern OPEN_LICENCE = Pattern.compile(
      "(?i)\\b(?:apache|mit|bsd|a?gpl|lgpl|mpl)\\b|open[ -]source|开源|開源");

  /** OpenSource or Proprietary as an infobox's licence value says, or nothing when it says neither or both. */
  static Optional<String> openness(String value) {
    boolean closed = CLOSED_LICENCE.matcher(value).find();
    boolean open = OPEN_LICENCE.matcher(value).find();
    return closed == open ? Optional.empty() : Optional.of(open ? "OpenSource" : "Proprietary");
  }

  private static final Pattern FOUNDED_YEAR = Pattern.compile("(?<![0-9])((?:1[6-9]|20)\\d\\d)(?![0-9])");
  /** Where a clause ends: the founded organizations lie before it. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;：:！？!?]");
  /** Where a descriptor list's items end (outside brackets). */
  private static final String ITEM_ENDS = "，,、；;。";
  /** A verb of a position held now, opening an item: 现任, 担任, 兼任. */
  private static final Pattern CURRENT_POST = Pattern.compile("^(?:现任|现为|担任|兼任)\\s*");
  /** What may stand between an item's organization and its title: 的, spaces, a former-marker. */
  private static final Pattern ITEM_BETWEEN = Pattern.compile("^(?:的)?\\s*(前任|前|原任|原)?\\s*$");
  /** A descriptor list opens right after the name: 张三，…; 张三（Zhang San），… */
  private static final Pattern LIST_OPENING = Pattern.compile("^\\s*(?:[（(][^（()）]{0,60}[)）]\\s*)?[，,]");
  /** A title after a preposition is someone else's: "a critic of the CEO of Acme". */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?i)\\b(?:of|for|to|with|by|about|from|at|on|in|against|under|than|like)\\s+(?:(?:the|a|an|its|their)\\s+)?$");
  /** English: the person, an optional bracket (born 1970), then is/was. */
  private static final Pattern ENGLISH_COPULA = Pattern.compile("^\\s*(?:\\([^()]{0,60}\\)\\s*)?,?\\s*(?:is|was)\\s");
  /** English: what joins titles of one item, or items (founder and CEO; CEO, chairman). */
  private static final Pattern ENGLISH_JOINER = Pattern.compile("(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*)$");
  private static final Pattern ENGLISH_ARTICLE = Pattern.compile("(?i)(?:the|a|an|its|former)\\s+$");
  /** A company page's officer sentence opens with a title, no name before it: 现任董事长李四、总裁王五; 公司董事长为李四. */
  private static final Pattern OFFICERS_OPENING = Pattern.compile(
      "^\\s*(?:(?:公司|该公司|本公司|集团|该集团)(?:的)?)?(?:现任|目前|当前)?\\s*");
  /** A former-marker before an officer's title: 前董事长张三. */
  private static final Pattern OFFICER_FORMER = Pattern.compile("^(?:前任|原任|前|原)");
  /** Between a title and its holder: 董事长为李四. */
  private static final Pattern OFFICER_COPULA = Pattern.compile("(?:为|是)\\s*$");
  /** Between one officer and the next title: a note in brackets, then 、 or a comma or 和. */
  private static final Pattern OFFICER_JOINER = Pattern.compile(
      "^\\s*(?:[（(][^（()）]{0,40}[)）])?\\s*(?:、|，|,|和|及|以及)\\s*");
  /** A post the officer held before, after the name: 创办人张三曾任董事长. */
  private static final Pattern FORMER_POST = Pattern.compile("^\\s*(?:曾任|曾经担任|曾担任|曾出任)");
  /**
   * A company page's subjectless founding sentence: 1987年由张三创办; 由张三与李四于2001年共同创立 (the founders in 由…;
   * the year before 由 or after the names).
   */
  private static final Pattern BY_FOUNDED = Pattern.compile("^\\s*(?:(?:于|在)?(?<year>(?:19|20)\\d\\d)年"
      + "(?:\\d{1,2}月(?:\\d{1,2}日)?)?\\s*[，,]?\\s*)?由(?<by>[^，,。；;：:]{1,40}?)(?:于|在)?"
      + "(?:(?<year2>(?:19|20)\\d\\d)年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(?:共同|联合|一手|亲手|合伙)?"
      + "(?:创办|创立|创建|成立|建立|创设)(?:了)?\\s*(?:[。；;，,]|$)");

  private EncyclopediaPages() {}

  /** The page's subject and where its title line names it. */
  record Subject(Entity entity, Span title) {
    Referent referent(int sentence) {
      return new Referent(entity.key(), entity.type(), title, sentence, false);
    }
  }

  /**
   * The entity the title line names when the line is just a name (a parenthesised disambiguator allowed): a person,
   * an organization or a model. A headline is more than a name, so a news article has none.
   */
  static Optional<Subject> subject(AnnotatedDocument document, List<Entity> entities) {
    String text = document.text();
    Optional<Paragraph> title = document.document().paragraphs().stream()
        .filter(p -> p.role() == Paragraph.Role.TITLE).findFirst();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    Span span = title.get().span();
    String line = text.substring(span.begin(), span.end());
    String name = DISAMBIGUATOR.matcher(line).replaceFirst("").strip();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int begin = span.begin() + line.indexOf(name);
    Span nameSpan = new Span(begin, begin + name.length());
    for (Entity e : entities) {
      if (!(e.type() == EntityType.PERSON || e.type() == EntityType.AI_MODEL || e.type().isOrganization())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.source() != Mention.Source.COREFERENCE && m.span().equals(nameSpan)) {
          return Optional.of(new Subject(e, nameSpan));
        }
      }
    }
    return Optional.empty();
  }

  /** Every relation this class reads from a document. */
  static List<Relation> find(AnnotatedDocument document, List<Entity> entities, List<TaggedSentence> tagged,
      TitleLexicon titles) {
    List<Relation> out = new ArrayList<>();
    Optional<Subject> subject = subject(document, entities);
    for (TaggedSentence s : tagged) {
      descriptors(s, titles, out);
      englishDescriptors(s, titles, out);
      subject.ifPresent(sub -> subjectFounded(s, sub, out));
      subject.ifPresent(sub -> subjectOfficers(s, sub, titles, out));
      subject.ifPresent(sub -> subjectFoundedBy(s, sub, out));
    }
    subject.ifPresent(sub -> infobox(document, tagged, sub, titles, out));
    return out;
  }

  // ---- 2009年，投资创办X: the page's subject (a person) founded X ----

  static void subjectFounded(TaggedSentence s, Subject subject, List<Relation> out) {
    if (subject.entity().type() != EntityType.PERSON) {
      return;
    }
    Matcher m = TIME_FOUNDED.matcher(s.text());
    if (!m.find()) {
      return;
    }
    int base = s.sentence().span().begin();
    // partners named in 与…: founders too; the page's subject among them means the clause is told from elsewhere
    List<Referent> partners = m.group("with") == null ? List.of() : s.referents().stream()
        .filter(r -> r.type() == EntityType.PERSON && !r.anaphor())
        .filter(r -> r.span().begin() >= base + m.start("with") && r.span().end() <= base + m.end("with"))
        .toList();
    if (partners.stream().anyMatch(r -> r.entityKey().equals(subject.entity().key()))) {
      return;
    }
    Matcher end = CLAUSE_END.matcher(s.text());
    int stop = end.find(m.end()) ? end.start() : s.text().length();
    List<Referent> founded = s.referents().stream()
        .filter(r -> r.type().isOrganization() && !r.anaphor())
        .filter(r -> r.span().begin() >= base + m.end() && r.span().end() <= base + stop)
        .toList();
    Span evidence = new Span(base + m.start(), base + stop);
    List<String> founders = new ArrayList<>(List.of(subject.entity().key()));
    partners.forEach(r -> founders.add(r.entityKey()));
    Set<String> seen = new LinkedHashSet<>();
    for (Referent org : founded) {
      if (seen.add(org.entityKey())) {
        for (String founder : founders) {
          out.add(new Relation(org.entityKey(), RelationType.FOUNDER, new Relation.EntityValue(founder),
              Optional.empty(), s.index(), evidence, SUBJECT_FOUNDED_RULE, CONFIDENCE));
        }
      }
    }
    if (seen.size() == 1 && m.group("range") == null) {
      out.add(new Relation(seen.iterator().next(), RelationType.FOUNDING_YEAR,
          new Relation.LiteralValue(m.group("year"), TimeExpressions.G_YEAR), Optional.empty(), s.index(), evidence,
          SUBJECT_FOUNDED_RULE, CONFIDENCE));
    }
  }

  // ---- 现任董事长李四、总裁王五 / 董事长为李四 / 创办人张三曾任董事长: the officers of the page's subject ----

  static void subjectOfficers(TaggedSentence s, Subject subject, TitleLexicon titles, List<Relation> out) {
    if (!subject.entity().type().isOrganization()) {
      return;
    }
    int base = s.sentence().span().begin();
    String text = s.text();
    List<Referent> people = s.referents().stream().filter(r -> r.type() == EntityType.PERSON && !r.anaphor())
        .sorted(Comparator.comparingInt(r -> r.span().begin())).toList();
    if (people.isEmpty()) {
      return;
    }
    int firstPerson = people.get(0).span().begin();
    if (s.referents().stream().anyMatch(r -> !r.anaphor() && r.type() != EntityType.PERSON
        && r.span().begin() < firstPerson)) {
      return; // 腾讯董事长马化腾, 在北京…: a name before the first officer; the titles may be that one's
    }
    Matcher opening = OFFICERS_OPENING.matcher(text);
    int cursor = opening.lookingAt() ? opening.end() : 0;
    String placed = " ".repeat(base) + text;
    Referent subj = subject.referent(s.index());
    int lastEnd = -1;
    for (Referent person : people) {
      int pb = person.span().begin() - base;
      if (pb <= lastEnd) {
        continue; // a shorter name inside the one read
      }
      if (pb < cursor) {
        return;
      }
      Matcher former = OFFICER_FORMER.matcher(text.substring(cursor, pb));
      int titleBegin = cursor + (former.lookingAt() ? former.end() : 0);
      Matcher copula = OFFICER_COPULA.matcher(text.substring(titleBegin, pb));
      int titleEnd = copula.find() ? titleBegin + copula.start() : pb;
      if (titleEnd <= titleBegin || titles.chainStart(placed, base + titleEnd, s.tokens()) - base > titleBegin) {
        return; // not a title run from the item's start to the name
      }
      String title = text.substring(titleBegin, titleEnd).strip();
      Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
      titles.find(title, 0).forEach(f -> roles.add(f.role()));
      if (roles.isEmpty()) {
        return;
      }
      Optional<String> wasFormer = former.lookingAt() ? Optional.of(former.group()) : Optional.empty();
      Span evidence = new Span(base + cursor, person.span().end());
      RuleInterpreter.roleRelations(subj, person, title, wasFormer, roles, s.index(), evidence,
          SUBJECT_OFFICERS_RULE, CONFIDENCE, out);
      lastEnd = person.span().end() - base;
      formerPost(s, subj, person, titles, placed, out);
      Matcher joiner = OFFICER_JOINER.matcher(text.substring(lastEnd));
      if (!joiner.lookingAt()) {
        return;
      }
      cursor = lastEnd + joiner.end();
    }
  }

  /** 创办人张三曾任董事长: the post after 曾任, up to the clause's end, held before (WORKS_FOR titled 前…). */
  private static void formerPost(TaggedSentence s, Referent subj, Referent person, TitleLexicon titles,
      String placed, List<Relation> out) {
    int base = s.sentence().span().begin();
    String text = s.text();
    int after = person.span().end() - base;
    Matcher post = FORMER_POST.matcher(text.substring(after));
    if (!post.lookingAt()) {
      return;
    }
    int b = after + post.end();
    Matcher end = CLAUSE_END.matcher(text);
    int e = end.find(b) ? end.start() : text.length();
    if (e <= b || titles.chainStart(placed, base + e, s.tokens()) - base > b) {
      return; // 曾任职于某公司: not a bare title of the page's subject
    }
    String title = text.substring(b, e).strip();
    Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
    titles.find(title, 0).forEach(f -> roles.add(f.role()));
    if (!roles.isEmpty()) {
      RuleInterpreter.roleRelations(subj, person, title, Optional.of("前"), roles, s.index(),
          new Span(person.span().begin(), base + e), SUBJECT_OFFICERS_RULE, CONFIDENCE, out);
    }
  }

  // ---- 1987年由张三创办: a company page's subjectless founding sentence ----

  static void subjectFoundedBy(TaggedSentence s, Subject subject, List<Relation> out) {
    if (!subject.entity().type().isOrganization()) {
      return;
    }
    Matcher m = BY_FOUNDED.matcher(s.text());
    if (!m.lookingAt()) {
      return;
    }
    int base = s.sentence().span().begin();
    if (s.referents().stream().anyMatch(r -> !r.anaphor() && r.type().isOrganization()
        && r.span().begin() < base + m.end())) {
      return; // an organization named in the clause: the founding may be its
    }
    List<Referent> founders = s.referents().stream()
        .filter(r -> r.type() == EntityType.PERSON && !r.anaphor())
        .filter(r -> r.span().begin() >= base + m.start("by") && r.span().end() <= base + m.end("by"))
        .toList();
    if (founders.isEmpty()) {
      return;
    }
    Referent subj = subject.referent(s.index());
    Span evidence = new Span(base + m.start(), base + m.end());
    Set<String> seen = new LinkedHashSet<>();
    for (Referent f : founders) {
      if (seen.add(f.entityKey())) {
        out.add(new Relation(subj.entityKey(), RelationType.FOUNDER, new Relation.EntityValue(f.entityKey()),
            Optional.empty(), s.index(), evidence, SUBJECT_FOUNDED_BY_RULE, CONFIDENCE));
      }
    }
    String year = m.group("year") != null ? m.group("year") : m.group("year2");
    if (year != null) {
      out.add(new Relation(subj.entityKey(), RelationType.FOUNDING_YEAR,
          new Relation.LiteralValue(year, TimeExpressions.G_YEAR), Optional.empty(), s.index(), evidence,
          SUBJECT_FOUNDED_BY_RULE, CONFIDENCE));
    }
  }

  // ---- 张三（Zhang San），…，甲公司创始人兼首席执行官，乙公司董事长、…: items of a person's descriptor list ----

  static void descriptors(TaggedSentence s, TitleLexicon titles, List<Relation> out) {
    Optional<Referent> person = openingPerson(s);
    if (person.isEmpty()) {
      return;
    }
    int base = s.sentence().span().begin();
    String text = s.text();
    Matcher opening = LIST_OPENING.matcher(text.substring(person.get().span().end() - base));
    if (!opening.find()) {
      return; // 张三表示，…: a clause about the person, not a list describing them
    }
    int from = person.get().span().end() - base + opening.end(); // past the name's other form in brackets
    Referent lastOrg = null;
    String lastFormer = null;
    // chainStart reads the words by document offsets: the sentence's text placed at its offset
    String placed = " ".repeat(base) + text;
    for (int[] item : items(text, from)) {
      int b = item[0];
      int e = item[1];
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      Matcher current = CURRENT_POST.matcher(text.substring(b, e));
      if (current.find()) {
        b += current.end(); // 现任甲公司董事长: the item's position, held now
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (b >= e) {
        lastOrg = null;
        continue;
      }
      int ib = b;
      int ie = e;
      if (s.referents().stream().anyMatch(r -> r.type() == EntityType.PERSON
          && r.span().begin() - base < ie && r.span().end() - base > ib)) {
        return; // an item naming a person starts that person's description, not the subject's

      }
      int titleAt = titles.chainStart(placed, base + e, s.tokens()) - base;
      if (titleAt >= e) {
        lastOrg = null;
        continue;
      }
      Optional<Referent> org = s.referents().stream()
          .filter(r -> r.type().isOrganization() && !r.anaphor() && r.span().begin() - base == ib
              && r.span().end() - base <= titleAt)
          .max(Comparator.comparingInt(r -> r.span().end()));
      String former;
      Referent holder;
      if (org.isPresent()) {
        Matcher between = ITEM_BETWEEN.matcher(text.substring(org.get().span().end() - base, titleAt));
        if (!between.matches()) {
          lastOrg = null;
          continue;
        }
        holder = org.get();
        former = between.group(1);
      } else if (titleAt == b && lastOrg != null) {
        holder = lastOrg; // 甲公司创始人、首席执行官: a bare title after 、 is the same organization's
        former = lastFormer;
      } else {
        lastOrg = null;
        continue;
      }
      String title = text.substring(titleAt, e);
      Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
      titles.find(title, 0).forEach(f -> roles.add(f.role()));
      Span evidence = new Span(base + b, base + e);
      RuleInterpreter.roleRelations(holder, person.get(), title, Optional.ofNullable(former), roles, s.index(),
          evidence, DESCRIPTOR_RULE, CONFIDENCE, out);
      lastOrg = holder;
      lastFormer = former;
    }
  }

  /** The person whose name opens the sentence (after at most a space). */
  private static Optional<Referent> openingPerson(TaggedSentence s) {
    int base = s.sentence().span().begin();
    String text = s.text();
    return s.referents().stream()
        .filter(r -> r.type() == EntityType.PERSON && !r.anaphor())
        .filter(r -> r.span().begin() - base >= 0 && text.substring(0, r.span().begin() - base).isBlank())
        .max(Comparator.comparingInt(r -> r.span().end()));
  }

  /** The list items after {@code from}: stretches between the item ends outside brackets. */
  private static List<int[]> items(String text, int from) {
    List<int[]> items = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (depth == 0 && ITEM_ENDS.indexOf(c) >= 0) {
        items.add(new int[] {start, i});
        start = i + 1;
      }
    }
    if (start < text.length()) {
      items.add(new int[] {start, text.length()});
    }
    return items;
  }

  // ---- Jane Roe (born 1970) is an American entrepreneur, the founder and CEO of Acme and chairman of Globex ----

  static void englishDescriptors(TaggedSentence s, TitleLexicon titles, List<Relation> out) {
    Optional<Referent> person = openingPerson(s);
    if (person.isEmpty()) {
      return;
    }
    int base = s.sentence().span().begin();
    String text = s.text();
    int from = person.get().span().end() - base;
    if (!ENGLISH_COPULA.matcher(text.substring(from)).find()) {
      return;
    }
    List<Referent> later = RuleInterpreter.outermost(s.referents()).stream()
        .filter(r -> r.span().begin() - base >= from).sorted(Comparator.comparingInt(r -> r.span().begin())).toList();
    for (Referent r : later) {
      if (r.type() == EntityType.PERSON) {
        return; // a second person: what follows may be theirs
      }
      if (!r.type().isOrganization() || r.anaphor()) {
        continue;
      }
      int at = r.span().begin() - base;
      String before = text.substring(from, at);
      if (!before.endsWith(" of ") && !before.endsWith(" at ")) {
        continue;
      }
      int end = at - 4;
      int titleAt = englishChainStart(text, end, from, titles);
      if (titleAt >= end) {
        continue;
      }
      String rest = text.substring(from, titleAt);
      if (PREPOSITION_BEFORE.matcher(rest).find()) {
        continue;
      }
      if (!(ENGLISH_ARTICLE.matcher(rest).find() || ENGLISH_JOINER.matcher(rest).find()
          || rest.matches("(?s).*\\s(?:is|was)\\s+$"))) {
        continue;
      }
      String title = text.substring(titleAt, end);
      Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
      titles.find(title, 0).forEach(f -> roles.add(f.role()));
      Optional<String> former = rest.toLowerCase(Locale.ROOT).endsWith("former ") ? Optional.of("former")
          : Optional.empty();
      RuleInterpreter.roleRelations(r, person.get(), title, former, roles, s.index(),
          new Span(base + titleAt, r.span().end()), ENGLISH_DESCRIPTOR_RULE, CONFIDENCE, out);
    }
  }

  /** Where a run of English titles joined by "and", commas or "&" ending at {@code end} begins. */
  private static int englishChainStart(String text, int end, int floor, TitleLexicon titles) {
    int start = end;
    int pos = end;
    while (pos > floor) {
      int b = titles.chainStart(text, pos);
      if (b >= pos) {
        return start;
      }
      start = b;
      Matcher j = ENGLISH_JOINER.matcher(text.substring(floor, b));
      if (!j.find()) {
        return start;
      }
      pos = floor + j.start();
    }
    return start;
  }

  // ---- Founder: A / 总部：杭州 — infobox lines about the page's subject ----

  static void infobox(AnnotatedDocument document, List<TaggedSentence> tagged, Subject subject, TitleLexicon titles,
      List<Relation> out) {
    String text = document.text();
    List<Referent> all = tagged.stream().flatMap(s -> s.referents().stream()).filter(r -> !r.anaphor()).toList();
    for (Paragraph p : document.document().paragraphs()) {
      if (p.role() == Paragraph.Role.TITLE) {
        continue;
      }
      String line = text.substring(p.span().begin(), p.span().end());
      Optional<InfoboxLines.Line> parsed = InfoboxLines.parse(line);
      if (parsed.isEmpty()) {
        continue;
      }
      InfoboxLines.Line m = parsed.get();
      Optional<String> action = Optional.of(m.action());
      int vb = p.span().begin() + m.valueBegin();
      int ve = p.span().begin() + m.valueEnd();
      Span evidence = new Span(p.span().begin(), p.span().end());
      EntityType st = subject.entity().type();
      switch (action.get()) {
        case "RELEASED" -> {
          // A model page's first release, to the month or the day (a year alone dates no release, guideline 3)
          if (st == EntityType.AI_MODEL) {
            TimeExpressions.find(m.value(), vb, document.document().date()).stream()
                .filter(t -> !t.datatype().equals(TimeExpressions.G_YEAR)).findFirst()
                .ifPresent(t -> out.add(aboutSubject(subject, RelationType.RELEASE_DATE,
                    new Relation.LiteralValue(t.lexical(), t.datatype()), document.sentenceAt(vb), evidence)));
          }
          continue;
        }
        case "LICENSE" -> {
          Optional<String> openness = openness(m.value());
          if (st == EntityType.AI_MODEL && openness.isPresent()) {
            out.add(aboutSubject(subject, RelationType.OPENNESS, new Relation.NamedValue(openness.get()),
                document.sentenceAt(vb), evidence));
          }
          continue;
        }
        case "FOUNDED" -> {
          Matcher year = FOUNDED_YEAR.matcher(m.value());
          if (st.isOrganization() && year.find()) {
            out.add(aboutSubject(subject, RelationType.FOUNDING_YEAR,
                new Relation.LiteralValue(year.group(1), TimeExpressions.G_YEAR), document.sentenceAt(vb), evidence));
          }
          continue;
        }
        default -> { }
      }
      List<Referent> values = all.stream().filter(r -> r.span().begin() >= vb && r.span().end() <= ve)
          .sorted(Comparator.comparingInt(r -> r.span().begin())).toList();
      if (values.isEmpty()) {
        continue;
      }
      int sentence = document.sentenceAt(vb);
      Referent subj = subject.referent(sentence);
      boolean org = st.isOrganization();
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < values.size(); i++) {
        Referent v = values.get(i);
        if (!seen.add(v.entityKey()) || v.entityKey().equals(subject.entity().key())) {
          continue;
        }
        switch (action.get()) {
          case "FOUNDER" -> {
            if (org && v.type() == EntityType.PERSON) {
              out.add(entity(subj, RelationType.FOUNDER, v, sentence, evidence));
            }
          }
          case "PARENT" -> {
            if (org && v.type().isOrganization()) {
              out.add(entity(subj, RelationType.PART_OF, v, sentence, evidence));
            }
          }
          case "SUBSIDIARY" -> {
            if (org && v.type().isOrganization()) {
              out.add(entity(v, RelationType.PART_OF, subj, sentence, evidence));
            }
          }
          case "DEVELOPER" -> {
            if ((st == EntityType.AI_MODEL || st == EntityType.PRODUCT) && v.type().isOrganization()) {
              out.add(entity(subj, RelationType.DEVELOPER, v, sentence, evidence));
            }
          }
          case "PRODUCTS" -> {
            if (org && v.type() == EntityType.AI_MODEL) {
              out.add(entity(v, RelationType.DEVELOPER, subj, sentence, evidence));
            }
          }
          case "PEOPLE", "TITLE" -> {
            if (org && v.type() == EntityType.PERSON) {
              String title = action.get().equals("TITLE") ? m.key() : bracketAfter(text, v, ve);
              Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
              titles.find(title, 0).forEach(f -> roles.add(f.role()));
              if (!roles.isEmpty()) {
                RuleInterpreter.roleRelations(subj, v, title, Optional.empty(), roles, sentence, evidence,
                    INFOBOX_RULE, CONFIDENCE, out);
              }
            }
          }
          case "SEAT" -> seat(text, subj, values, i, org, sentence, evidence, out);
          case "EMPLOYER" -> {
            if (st == EntityType.PERSON && v.type().isOrganization()) {
              out.add(entity(subj, RelationType.WORKS_FOR, v, sentence, evidence));
            }
          }
          case "PLACE" -> placeChain(text, values, i, sentence, evidence, out);
          default -> throw new IllegalStateException(action.get());
        }
      }
    }
  }

  /** An infobox line's literal value (a date, a year, an openness) about the page's subject. */
  private static Relation aboutSubject(Subject subject, RelationType predicate, Relation.Value value, int sentence,
      Span line) {
    return new Relation(subject.entity().key(), predicate, value, Optional.empty(), sentence, line, INFOBOX_RULE,
        CONFIDENCE);
  }

  /**
   * A line naming a place of the subject's that is no seat (Birth place: London, England): only each place in the next
   * larger one, as a seat line's places are read; the subject is not in them.
   */
  private static void placeChain(String text, List<Referent> values, int i, int sentence, Span evidence,
      List<Relation> out) {
    List<Referent> places = values.stream().filter(r -> r.type() == EntityType.PLACE).toList();
    Referent v = values.get(i);
    if (v.type() != EntityType.PLACE || places.size() < 2) {
      return;
    }
    int k = places.indexOf(v);
    String between = text.substring(places.get(0).span().end(), places.get(1).span().begin());
    boolean smallFirst = between.contains(",") || between.contains("，");
    int larger = smallFirst ? k + 1 : k - 1;
    if (larger >= 0 && larger < places.size() && !places.get(larger).entityKey().equals(v.entityKey())) {
      out.add(entity(v, RelationType.LOCATED_IN, places.get(larger), sentence, evidence));
    }
  }

  /**
   * A seat line: the subject lies in the smallest place, and each place in the next larger one. Comma-separated
   * places run from small to large (Austin, Texas); Chinese addresses from large to small (浙江省杭州市).
   */
  private static void seat(String text, Referent subj, List<Referent> values, int i, boolean org, int sentence,
      Span evidence, List<Relation> out) {
    List<Referent> places = values.stream().filter(r -> r.type() == EntityType.PLACE).toList();
    Referent v = values.get(i);
    if (!org || v.type() != EntityType.PLACE || places.isEmpty()) {
      return;
    }
    int k = places.indexOf(v);
    boolean smallFirst = places.size() < 2
        || text.substring(places.get(0).span().end(), places.get(1).span().begin()).contains(",")
        || text.substring(places.get(0).span().end(), places.get(1).span().begin()).contains("，");
    boolean smallest = smallFirst ? k == 0 : k == places.size() - 1;
    if (smallest) {
      out.add(entity(subj, RelationType.LOCATED_IN, v, sentence, evidence));
    }
    int larger = smallFirst ? k + 1 : k - 1;
    if (larger >= 0 && larger < places.size() && !places.get(larger).entityKey().equals(v.entityKey())) {
      out.add(entity(v, RelationType.LOCATED_IN, places.get(larger), sentence, evidence));
    }
  }

  /** The title in brackets right after a key person's name: "A (CEO)", "B（首席财务官）". */
  private static String bracketAfter(String text, Referent person, int limit) {
    Matcher m = Pattern.compile("^\\s*[(（]([^()（）]{1,40})[)）]").matcher(text.substring(person.span().end(), limit));
    return m.find() ? m.group(1).strip() : "";
  }

  private static Relation entity(Referent subject, RelationType p, Referent object, int sentence, Span evidence) {
    return new Relation(subject.entityKey(), p, new Relation.EntityValue(object.entityKey()), Optional.empty(),
        sentence, evidence, INFOBOX_RULE, CONFIDENCE);
  }
}
