package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * A relation stated before a list of people holds for each person of the list: the words that state it come before
 * the whole list and so govern every item ("founded in 2022 by A (CEO), B (CTO) and C", "Acme partners A and B",
 * "云帆资本的两位合伙人A、B和…", "星海科技合伙人A、B、C"). A post-pass over the relations a sentence's rules found: a
 * role relation (FOUNDER, CEO, CHIEF_SCIENTIST, WORKS_FOR) whose match ends with a person who heads a list of bare
 * person names, each perhaps followed by a bracketed post, is stated again for each later person. The list stops at
 * anything else (an organization, a title of another's, 等). Each post in brackets after a founder's name is a post at
 * the organization founded (titles.tsv's role decides, as for any title).
 *
 * <p>Only where the words govern the whole list: an agent of founding (founded by, 由…创办 is the rules' own), a plural
 * English title (partners, co-founders, engineers), a Chinese title with a count of people before it (两位合伙人), a
 * Chinese list joined by 、, or a Chinese pair joined by 与/和 that closes its phrase. A singular English title governs
 * one name ("Acme CEO Jane Roe and John Doe said"); a chief executive's or chief scientist's post, one holder's,
 * spreads only with a plural or a count.
 */
final class PersonLists {
  static final String RULE = "lists.person-list";
  static final String POST_RULE = "lists.founder-bracketed-post";
  static final double FACTOR = 0.9;

  private static final Set<RelationType> ROLES =
      EnumSet.of(RelationType.FOUNDER, RelationType.CEO, RelationType.CHIEF_SCIENTIST, RelationType.WORKS_FOR);
  private static final Set<String> ENGLISH_JOINERS = Set.of(",", "and", "&");
  private static final Set<String> ENGLISH_AND = Set.of("and", "&");
  private static final Set<String> CHINESE_JOINERS = Set.of("、", "和", "与", "及", "以及");
  private static final Set<String> OPENING = Set.of("(", "（", "-LRB-");
  private static final Set<String> CLOSING = Set.of(")", "）", "-RRB-");
  /** Words after a name that tie it to something of its own: the person is described apart (John Doe of Initech). */
  private static final Set<String> OWN_DESCRIPTION = Set.of("of", "at", "from", "'s", "’s", "'", "的", "等", "等人");
  /** Words that end a list as a sample of a larger set (A、B等): an enumeration of unlike people, not one group. */
  private static final Set<String> SAMPLE = Set.of("等", "等人", "etc", "etc.");
  /** Modifiers between "by" and the person: by former Initech engineers A and B. */
  private static final Pattern BY_MODIFIER_TAG = Pattern.compile("DT|JJ|NN|NNS|NNP|NNPS|HYPH|POS");
  private static final Set<String> PEOPLE_COUNTERS = Set.of("位", "名", "个");
  private static final Set<String> ONE = Set.of("一", "1");
  /** Words marking a post as past, between a count and the organization (两名前某公司工程师). */
  private static final Set<String> FORMER = Set.of("前", "原", "前任");
  /** Punctuation that closes a noun phrase of names: a pair before it is joined by a conjunction. */
  private static final Set<String> PHRASE_CLOSERS = Set.of("，", ",", "、", "。", "；", ";", "）", ")");
  /** A bracket that puts its post in the past or elsewhere: (former CTO), (前首席技术官), (now at Initech). */
  private static final Pattern NOT_A_CURRENT_POST =
      Pattern.compile("(?i)\\b(former|formerly|ex|previously|now|until|then|born|aged?)\\b|前|原|曾|\\d");
  private static final int MAX_BRACKET = 8;

  private PersonLists() {}

  /** What a person's list item is: the name's tokens, and the end of the item with its bracket. */
  private record Item(Referent person, int first, int last, int end, Optional<int[]> bracket) {}

  /** The relations the lists after heads of relations state; {@code found} is every relation of the document. */
  static List<Relation> find(List<TaggedSentence> tagged, List<Relation> found) {
    Map<Integer, TaggedSentence> byIndex = new HashMap<>();
    tagged.forEach(s -> byIndex.put(s.index(), s));
    List<Relation> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Relation r : found) {
      if (!ROLES.contains(r.predicate()) || !(r.object() instanceof Relation.EntityValue object)) {
        continue;
      }
      TaggedSentence s = byIndex.get(r.sentence());
      if (s == null) {
        continue;
      }
      boolean personIsSubject = r.predicate() == RelationType.WORKS_FOR;
      String personKey = personIsSubject ? r.subject() : object.key();
      String orgKey = personIsSubject ? object.key() : r.subject();
      Optional<Item> head = head(s, r.evidence(), personKey);
      if (head.isEmpty() || !seen.add(r.subject() + "\t" + r.predicate() + "\t" + personKey + "\t" + orgKey + "\t"
          + r.evidence() + "\t" + r.qualifier())) {
        continue;
      }
      Optional<Referent> org = s.referents().stream()
          .filter(x -> x.entityKey().equals(orgKey) && x.type().isOrganization()).findFirst();
      List<Item> list = list(s, head.get());
      boolean governs = !list.isEmpty() && governs(s, r, head.get(), list);
      List<Item> items = new ArrayList<>(List.of(head.get()));
      if (governs) {
        items.addAll(list);
        for (Item q : list) {
          Span evidence = new Span(Math.min(r.evidence().begin(), q.person().span().begin()),
              Math.max(r.evidence().end(), q.person().span().end()));
          Relation.Value value = personIsSubject ? r.object() : new Relation.EntityValue(q.person().entityKey());
          String subject = personIsSubject ? q.person().entityKey() : r.subject();
          out.add(new Relation(subject, r.predicate(), value, r.qualifier(), r.sentence(), evidence, RULE,
              round(r.confidence() * FACTOR)));
        }
      }
      // Each founder's post in brackets (founded by A (CEO), B (CTO) and C) is a post at the organization founded.
      if (r.predicate() == RelationType.FOUNDER && org.isPresent()) {
        for (Item q : items) {
          q.bracket().ifPresent(b -> bracketedPost(s, r, org.get(), q, b, out));
        }
      }
    }
    return out;
  }

  /**
   * The person a relation's match ends with: a mention of the person inside the match, after its first word, with the
   * match ending at the name, in the name's bracket, or one word after its item.
   */
  private static Optional<Item> head(TaggedSentence s, Span evidence, String personKey) {
    Optional<Item> best = Optional.empty();
    for (Referent p : s.referents()) {
      if (!p.entityKey().equals(personKey) || p.type() != EntityType.PERSON || p.anaphor()
          || p.span().begin() <= evidence.begin() || p.span().end() > evidence.end()) {
        continue;
      }
      Optional<Item> item = item(s, p);
      if (item.isEmpty()) {
        continue;
      }
      int limit = item.get().end() < s.tokens().size() ? s.tokens().get(item.get().end()).span().end()
          : s.tokens().get(s.tokens().size() - 1).span().end();
      if (evidence.end() <= limit) {
        best = item;
      }
    }
    return best;
  }

  /** A person's item: the name's tokens and a bracket right after them that names no one and no organization. */
  private static Optional<Item> item(TaggedSentence s, Referent p) {
    int first = s.tokenAt(p.span().begin());
    int last = s.tokenAt(p.span().end() - 1);
    if (first < 0 || last < 0) {
      return Optional.empty();
    }
    List<Token> tokens = s.tokens();
    int end = last + 1;
    Optional<int[]> bracket = Optional.empty();
    if (end < tokens.size() && OPENING.contains(tokens.get(end).word())) {
      for (int k = end + 1; k < tokens.size() && k <= end + MAX_BRACKET; k++) {
        if (CLOSING.contains(tokens.get(k).word())) {
          int[] inside = {end + 1, k};
          boolean bare = k > end + 1 && s.referentsIn(end + 1, k).isEmpty();
          if (bare) {
            bracket = Optional.of(inside);
          }
          end = k + 1;
          break;
        }
        if (OPENING.contains(tokens.get(k).word())) {
          break;
        }
      }
    }
    return Optional.of(new Item(p, first, last, end, bracket));
  }

  /**
   * The people listed after the head: each joined to the one before by a list word, each a bare name (perhaps with its
   * bracket). The list stops at anything else; an item whose own description follows (John Doe of Initech) stops it
   * without being in it. An English list ends with "and": names joined by commas alone after the last "and" are not
   * in it (A and B, C said). A list that ends as a sample of a larger set (A、B等) holds no one.
   */
  private static List<Item> list(TaggedSentence s, Item head) {
    List<Token> tokens = s.tokens();
    List<Item> items = new ArrayList<>();
    int lastAnd = 0;
    int at = head.end();
    while (at < tokens.size()) {
      int next = at;
      boolean and = false;
      boolean joined = false;
      while (next < tokens.size() && next - at < 2
          && (ENGLISH_JOINERS.contains(tokens.get(next).word()) || CHINESE_JOINERS.contains(tokens.get(next).word()))) {
        and |= !tokens.get(next).word().equals(",");
        joined = true;
        next++;
      }
      if (!joined || next >= tokens.size()) {
        break;
      }
      int start = next;
      Optional<Referent> person = s.referents().stream()
          .filter(x -> x.type() == EntityType.PERSON && !x.anaphor() && s.tokenAt(x.span().begin()) == start)
          .findFirst();
      if (person.isEmpty()) {
        break;
      }
      Optional<Item> item = item(s, person.get());
      if (item.isEmpty() || item.get().end() < tokens.size()
          && OWN_DESCRIPTION.contains(tokens.get(item.get().end()).word())
          && !SAMPLE.contains(tokens.get(item.get().end()).word())) {
        break;
      }
      items.add(item.get());
      if (and) {
        lastAnd = items.size();
      }
      at = item.get().end();
    }
    int end = items.isEmpty() ? head.end() : items.get(items.size() - 1).end();
    if (end < tokens.size() && SAMPLE.contains(tokens.get(end).word())) {
      return List.of();
    }
    if (english(s, head)) {
      return List.copyOf(items.subList(0, lastAnd));
    }
    return items;
  }

  /**
   * Whether the list is English: the head's name and the word before it (the title, "by") hold no Han character. A
   * Chinese sentence names foreign people in Latin letters after a Chinese title (OpenAI科学家Jane Roe、John Doe).
   */
  private static boolean english(TaggedSentence s, Item head) {
    return !han(s.tokens().get(head.first()).word())
        && (head.first() == 0 || !han(s.tokens().get(head.first() - 1).word()));
  }

  private static boolean han(String word) {
    return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Whether the words before the head govern the whole list: an agent of founding ("by", perhaps after modifiers), a
   * plural English title, a Chinese title after a count of people, a Chinese list joined by 、, or a Chinese pair
   * closing its phrase. A chief executive's or chief scientist's post needs a plural or a count.
   */
  private static boolean governs(TaggedSentence s, Relation r, Item head, List<Item> list) {
    List<Token> tokens = s.tokens();
    int b = head.first() - 1;
    if (b < 0) {
      return false;
    }
    if (r.predicate() == RelationType.FOUNDER && byAgent(s, head.first())) {
      return true;
    }
    if (!s.tags().get(b).equals("TITLE")) {
      return false;
    }
    int titleStart = b;
    while (titleStart > 0 && s.tags().get(titleStart - 1).equals("TITLE")) {
      titleStart--;
    }
    boolean plural;
    if (english(s, head)) {
      plural = tokens.get(b).pos().startsWith("NNS") || tokens.get(b).pos().equals("NNPS");
    } else {
      plural = counted(s, titleStart) || tokens.get(titleStart).word().startsWith("联合")
          && r.predicate() != RelationType.FOUNDER;
    }
    boolean singleHolder = r.predicate() == RelationType.CEO || r.predicate() == RelationType.CHIEF_SCIENTIST
        || s.titlesIn(titleStart, b + 1).stream().anyMatch(t -> t.role() == TitleLexicon.Role.CEO
            || t.role() == TitleLexicon.Role.CHIEF_SCIENTIST);
    if (plural) {
      return true;
    }
    if (singleHolder || english(s, head)) {
      return false;
    }
    // A Chinese list joined by 、 under one title: 云帆资本合伙人A、B和C.
    for (int k = head.end(); k < list.get(list.size() - 1).first(); k++) {
      if (tokens.get(k).word().equals("、")) {
        return true;
      }
    }
    return closedPair(s, list);
  }

  /**
   * Two names joined by 与 or 和 that close a noun phrase (前某实验室研究员A与B，…): the joiner is a conjunction, so the
   * title before governs both. Before a verb it may be a preposition (研究员A与B会面: B is only met), so not there.
   */
  private static boolean closedPair(TaggedSentence s, List<Item> list) {
    if (list.size() != 1) {
      return false;
    }
    int end = list.get(0).end();
    return end >= s.tokens().size() || PHRASE_CLOSERS.contains(s.tokens().get(end).word());
  }

  /** "by" before the person, perhaps with modifiers between (by former Initech engineers). */
  private static boolean byAgent(TaggedSentence s, int first) {
    for (int k = first - 1; k >= 0 && k >= first - 6; k--) {
      Token t = s.tokens().get(k);
      if (t.word().equalsIgnoreCase("by")) {
        return true;
      }
      if (!BY_MODIFIER_TAG.matcher(t.pos()).matches() || s.tags().get(k).equals("PERSON")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A count of more than one person before a Chinese title, or before the organization and former-marker in front of
   * it: 两位合伙人, 三名研究员, 几位创始人, 多位某实验室科学家, 两名前某公司工程师.
   */
  private static boolean counted(TaggedSentence s, int titleStart) {
    int at = titleStart;
    while (at > 0 && (s.tags().get(at - 1).equals("ORG") || FORMER.contains(s.tokens().get(at - 1).word()))) {
      at--;
    }
    if (at < 2) {
      return false;
    }
    Token counter = s.tokens().get(at - 1);
    Token number = s.tokens().get(at - 2);
    return PEOPLE_COUNTERS.contains(counter.word()) && number.pos().equals("CD") && !ONE.contains(number.word());
  }

  /** The post in brackets after a founder's name, at the organization founded: (CEO), (首席技术官). */
  private static void bracketedPost(TaggedSentence s, Relation founder, Referent org, Item q, int[] bracket,
      List<Relation> out) {
    String text = s.text(bracket[0], bracket[1]).strip();
    if (NOT_A_CURRENT_POST.matcher(text).find()) {
      return;
    }
    Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
    for (TitleLexicon.Found found : s.titlesIn(bracket[0], bracket[1])) {
      roles.add(found.role());
    }
    roles.remove(TitleLexicon.Role.FOUNDER); // the founding is the relation's own
    if (roles.isEmpty()) {
      return;
    }
    Span evidence = new Span(Math.min(founder.evidence().begin(), q.person().span().begin()),
        s.span(bracket[1], bracket[1] + 1).end());
    RuleInterpreter.roleRelations(org, q.person(), text, Optional.empty(), roles, founder.sentence(), evidence,
        POST_RULE, round(founder.confidence() * FACTOR), out);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
