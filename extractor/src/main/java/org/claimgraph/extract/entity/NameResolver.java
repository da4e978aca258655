package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityResolver;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.Lexicon;
import org.claimgraph.extract.lexicon.TabFile;
import org.claimgraph.extract.lexicon.LexiconEntry;
import org.claimgraph.extract.tagging.Antecedents;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * Groups mentions into entities: by lexicon entry where the lexicon knows the name, else by folded surface form;
 * a lone surname joins the person whose full name ends with it (a lone given name, the one named before whose name
 * it opens); and third-person pronouns (他, 她) and 该公司 join the nearest preceding person, or the nearest
 * sentence's subject organization, in the same or previous two sentences (a documented heuristic standing in for
 * coreference, which for Chinese needs the constituency parse and 13-18 s per essay).
 */
public final class NameResolver implements EntityResolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("他", "她");
  private static final Set<String> ENGLISH_SUBJECT_PRONOUNS = Set.of("He", "She");
  /** Finite verbs and pronouns: an opening phrase holding one is a clause of its own (When he left X, he …). */
  private static final Pattern CLAUSE_TAG = Pattern.compile("VBD|VBZ|VBP|MD|PRP|WP|WDT");
  private static final Set<String> ORGANIZATION_ANAPHORS = Set.of("该公司", "这家公司");
  /** Names of public bodies and schools, which 该公司 ("this company") never stands for. */
  private static final Pattern NOT_A_COMPANY = Pattern.compile(
      ".*(政府|当局|部|局|署|厅|委员会|议会|国会|议院|法院|检察院|大学|学院|研究院|研究所|科学院)");
  private static final int ANAPHOR_REACH = 2;
  /** The legal forms that end a company's registered name. */
  private static final Pattern LEGAL_FORM_END = Pattern.compile("(?:股份有限公司|有限责任公司|有限責任公司|有限公司|股份公司)$");

  private final Lexicon lexicon;

  public NameResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static final class Group {
    final String key;
    final Optional<LexiconEntry> entry;
    final List<Mention> mentions = new ArrayList<>();
    /** Registered names (深圳星河智能科技有限公司) around a mention of this company: names of it too. */
    final Set<String> registeredNames = new TreeSet<>();
    /** A product's name used for the unit that runs it (阿里云CEO, 阿里云研发的模型): see {@link #actsAsOrganization}. */
    boolean actsAsOrganization;
    /** A model's name used for the app or chat service built on it (聊天机器人Kimi): see {@link ServiceKinds}. */
    boolean namedAsProduct;
    /**
     * A company's name used for its platform or tool and never for the business (在推特上写道, posted to Twitter): the
     * type of the product, see {@link PlatformUses}.
     */
    Optional<EntityType> usedAsProduct = Optional.empty();

    Group(String key, Optional<LexiconEntry> entry) {
      this.key = key;
      this.entry = entry;
    }

    EntityType type() {
      EntityType type = knownOrVotedType();
      if (type == EntityType.ORGANIZATION && registeredNames.stream().anyMatch(n -> LEGAL_FORM_END.matcher(n).find())) {
        return EntityType.COMPANY; // a registered name with a company's legal form (某某（成都）股份有限公司)
      }
      return type == EntityType.AI_MODEL && namedAsProduct ? EntityType.PRODUCT : type;
    }

    private EntityType knownOrVotedType() {
      if (entry.isPresent()) {
        EntityType known = entry.get().type();
        if (known == EntityType.COMPANY && usedAsProduct.isPresent()) {
          return usedAsProduct.get();
        }
        return known == EntityType.PRODUCT && actsAsOrganization ? EntityType.COMPANY : known;
      }
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      for (Mention m : mentions) {
        if (m.source() != Mention.Source.COREFERENCE) {
          // Shapes and context rules know more than the bare NER tag, so they weigh more.
          votes.merge(m.type(), m.source() == Mention.Source.NER ? 1 : 2, Integer::sum);
        }
      }
      // English NER calls an unknown one-word brand or model a person (Lumora said …); a shape that reads it as an
      // organization or a model from its context (startup Lumora, Lumora's chief executive, Nova, a model that …)
      // knows better, however often.
      boolean shapedOrganization = mentions.stream().anyMatch(m -> m.source() == Mention.Source.PATTERN
          && (m.type().isOrganization() || m.type() == EntityType.AI_MODEL));
      boolean personOnlyByNer = mentions.stream()
          .noneMatch(m -> m.type() == EntityType.PERSON && m.source() != Mention.Source.NER
              && m.source() != Mention.Source.COREFERENCE);
      if (shapedOrganization && personOnlyByNer && mentions.stream().noneMatch(m -> m.text().contains(" "))) {
        votes.remove(EntityType.PERSON);
      }
      // A specific organization type outvotes the generic one it refines.
      int generic = votes.getOrDefault(EntityType.ORGANIZATION, 0);
      votes.replaceAll((t, v) -> t.isOrganization() && t != EntityType.ORGANIZATION ? v + generic : v);
      return votes.entrySet().stream()
          .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
          .map(Map.Entry::getKey).orElse(EntityType.ORGANIZATION);
    }
  }

  @Override
  public List<Entity> resolve(AnnotatedDocument doc, List<Mention> mentions) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Optional<LexiconEntry> entry = lexiconEntry(m);
      String key = entry.map(LexiconEntry::key).orElseGet(() -> EntityKeys.keyFor(m.text()));
      groups.computeIfAbsent(key, k -> new Group(k, entry)).mentions.add(m);
    }
    groups.values().forEach(g -> g.actsAsOrganization = actsAsOrganization(doc.text(), g));
    groups.values().forEach(g -> g.usedAsProduct = usedAsProduct(doc.text(), g));
    groups.values().forEach(g -> g.namedAsProduct = g.mentions.stream()
        .anyMatch(m -> ServiceKinds.namesAProduct(doc.text(), m.span())));
    mergeFormerNames(doc.text(), groups);
    mergeBracketedForms(doc.text(), groups);
    mergeDeclaredShortNames(doc.text(), groups);
    mergeMiddleNames(groups);
    mergeSurnames(groups);
    mergeLegalForms(groups); // Acme Inc. with Acme Freight Company (round 26)
    mergeShortOrganizationNames(groups);
    mergeInitialisms(groups); // GM for General Motors, without brackets between them (round 31)
    mergeBasedFirstWords(doc.text(), groups);
    mergeContractedNames(groups);
    mergeHeadNounNames(groups);
    mergeModelShortNames(groups);
    mergeVersionsOfOneModel(groups);
    mergePlacePrefixedNames(groups);
    mergeRestsOfCompoundNames(groups);
    mergeEventVariants(groups);
    mergeEditionYears(groups);
    mergeGenericEventShortForms(groups);
    addRegisteredNames(doc, mentions, groups);
    addNamesWithKindWord(doc.text(), groups);
    addAnaphors(doc, groups);
    addOutletShortNames(doc, groups);
    List<Entity> entities = new ArrayList<>();
    for (Group g : groups.values()) {
      entities.add(toEntity(g));
    }
    entities.sort(Comparator.comparing(Entity::key));
    return entities;
  }

  /**
   * A company's registered name around a mention of it (星河智能 in 深圳星河智能科技有限公司) names that company: the
   * organization with the longest mention that opens the name, or follows its opening place, gets the full form.
   */
  private static void addRegisteredNames(AnnotatedDocument doc, List<Mention> mentions, Map<String, Group> groups) {
    for (Span name : RegisteredNames.find(doc, mentions)) {
      int brand = mentions.stream().filter(m -> m.type() == EntityType.PLACE && m.span().begin() == name.begin())
          .mapToInt(m -> m.span().end()).max().orElse(name.begin());
      groups.values().stream()
          .filter(g -> g.type().isOrganization())
          .flatMap(g -> g.mentions.stream().filter(m -> name.contains(m.span())
              && (m.span().begin() == name.begin() || m.span().begin() == brand)).map(m -> Map.entry(m, g)))
          .max(Comparator.comparing(e -> e.getKey().span().length()))
          .ifPresent(e -> e.getValue().registeredNames.add(name.of(doc.text())));
    }
  }

  /** A Han character that may open a conference's name after another name: not a particle of the clause around it. */
  private static final String EVENT_NAME_CHAR = "[\\p{IsHan}&&[^的上和与在及、]]";
  /** The word for its kind written right after a name: 某某 + 公司, 集团, 有限公司; an event's 大会, 开发者大会, 峰会. */
  private static final Map<EntityType, Pattern> KIND_WORD_AFTER = Map.of(
      EntityType.COMPANY, Pattern.compile("(?:集团)?(?:股份有限公司|有限公司|公司)|集团"),
      EntityType.EVENT, Pattern.compile(" ?(?:" + EVENT_NAME_CHAR + "{0,4}(?:大会|峰会|论坛|博览会|展会|年会)|[Cc]onference|[Ss]ummit)"));

  /**
   * A name as the text writes it with the word for its kind after it (某某公司, 某某集团, 某某 开发者大会), is a
   * name of that entity too, so a search or a
   * reader's list of its names finds the written form.
   */
  private static void addNamesWithKindWord(String text, Map<String, Group> groups) {
    for (Group g : groups.values()) {
      Pattern kindWord = KIND_WORD_AFTER.get(g.type());
      if (kindWord == null) {
        continue;
      }
      for (Mention m : g.mentions) {
        Matcher word = kindWord.matcher(text).region(m.span().end(), text.length());
        if (m.source() != Mention.Source.COREFERENCE && word.lookingAt()) {
          g.registeredNames.add(m.text() + word.group());
        }
      }
    }
  }

  private static final TitleLexicon TITLES = TitleLexicon.load();
  /**
   * What only an organization does right after its name: develops, owns, announces; or the name of its group; or
   * holds a conference named after it (某某云原动力大会, 某某云峰会).
   */
  private static final Pattern ORGANIZATION_ACT = Pattern.compile(
      "^(?:(?:此前|近日|日前|已|也|还)?(?:研发|旗下|宣布|任命|收购|聘请|起诉|裁员)|(?:智能)?集团|公司"
          + "|" + EVENT_NAME_CHAR + "{0,5}(?:开发者大会|大会|峰会|年会))");

  /**
   * A cloud or other service known as a product is named for the business unit that runs it when the text gives it
   * officers (阿里云CEO, 火山引擎总裁, 某某前CEO), has it develop, own or announce things (阿里云研发的模型, 腾讯云旗下)
   * or names a conference after it (某某云峰会): a product does none of these. Hosting on it (在某某云上提供) keeps it a product.
   * English news does the same with a product's maker (Acme's CEO, the coding startup Acme).
   */
  private static boolean actsAsOrganization(String text, Group g) {
    return g.entry.isPresent() && g.entry.get().type() == EntityType.PRODUCT && actsAsOrganization(text, g.mentions);
  }

  /**
   * A company the lexicon knows, whose name the document uses for its platform or tool (在推特上写道, 在某站发布视频,
   * posted to Twitter, 某某等工具) and never for the business (its officers, its acts): the product, typed as the lexicon
   * types the product of that name when it has one (a model), else {@code PRODUCT}. Guidelines §3.1.
   */
  private Optional<EntityType> usedAsProduct(String text, Group g) {
    if (g.entry.isEmpty() || g.entry.get().type() != EntityType.COMPANY) {
      return Optional.empty();
    }
    String label = g.entry.get().en().isEmpty() ? g.entry.get().zh() : g.entry.get().en();
    Optional<EntityType> namesake = lexicon.lookup(label).stream().map(LexiconEntry::type)
        .filter(t -> t == EntityType.AI_MODEL || t == EntityType.PRODUCT).findFirst();
    List<Mention> written = g.mentions.stream().filter(m -> m.source() != Mention.Source.COREFERENCE).toList();
    boolean used = written.stream().anyMatch(m -> PlatformUses.namesThePlatform(text, m.span())
        || namesake.isPresent() && PlatformUses.namesATool(text, m.span()));
    return used && !actsAsOrganization(text, g.mentions)
        ? Optional.of(namesake.orElse(EntityType.PRODUCT)) : Optional.empty();
  }

  /** Whether the words around any of these mentions give the name officers or an organization's acts. */
  private static boolean actsAsOrganization(String text, List<Mention> mentions) {
    for (Mention m : mentions) {
      int end = m.span().end();
      String after = text.substring(end, Math.min(text.length(), end + 12));
      if (ORGANIZATION_ACT.matcher(after).find()) {
        return true;
      }
      Matcher lead = BEFORE_OFFICER.matcher(after);
      int title = lead.lookingAt() ? lead.end() : 0;
      if (TITLES.find(after, 0).stream().anyMatch(t -> t.span().begin() == title)) {
        return true;
      }
      if (ENGLISH_ORGANIZATION_ACT.matcher(text.substring(end, Math.min(text.length(), end + 48))).find()) {
        return true;
      }
      if (ENGLISH_KIND_OF_BUSINESS_BEFORE.matcher(text.substring(Math.max(0, m.span().begin() - 24), m.span().begin()))
          .find()) {
        return true;
      }
      // "Tan Wei, President of Nimbus Cloud": an officer's title and "of" right before the name; not before a
      // compound modifier (the CEO of iPad-centric app Acme: the officer is the app's maker's).
      String before = text.substring(Math.max(0, m.span().begin() - 40), m.span().begin());
      if (before.endsWith(" of ") && !text.startsWith("-", m.span().end())) {
        String head = before.substring(0, before.length() - 4);
        if (TITLES.find(head, 0).stream().anyMatch(t -> t.span().end() == head.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** What may stand between a name and its officer's title: 的, a space, a word marking the post as past (某某前CEO). */
  private static final Pattern BEFORE_OFFICER = Pattern.compile("的|(?:前任|原任|前|原) ?| ");

  /** What only an organization does in English: announces (not launches: a product launches too), holds a conference. */
  private static final Pattern ENGLISH_ORGANIZATION_ACT = Pattern.compile(
      "^(?: announced\\b|['’]s (?:[A-Za-z-]+ ){0,3}(?:conference|summit|forum|developer day)\\b"
          // Its officers (Acme's CEO, Acme's co-founder and chief executive): a product has none.
          + "|['’]s (?:CEO|CTO|COO|CFO|co-?founders?|cofounders?|founders?|chief (?:executive|[a-z]+ officer)|"
          + "chairman|chairwoman)\\b)");
  /** The kind of business English news puts before a company's name (the coding startup X, the software firm X). */
  private static final Pattern ENGLISH_KIND_OF_BUSINESS_BEFORE = Pattern.compile(
      "\\b(?:[Ss]tart-?up|[Uu]nicorn|firm|company)\\s$");

  private Optional<LexiconEntry> lexiconEntry(Mention m) {
    List<LexiconEntry> entries = lexicon.lookup(m.text());
    return entries.stream().filter(e -> e.type() == m.type()).findFirst()
        .or(() -> entries.stream().findFirst());
  }

  /**
   * "张小明(Zhang Xiaoming)", "美国在台协会(AIT)", "星河智能（英语：Xinghe AI）": a name in brackets right after another
   * is the same entity's other form. The group a lexicon knows absorbs the other; otherwise the outer name's group does, and its type wins, since
   * CoreNLP's Chinese NER types Latin names almost at random.
   */
  private void mergeBracketedForms(String text, Map<String, Group> groups) {
    Map<Mention, Group> groupOf = new LinkedHashMap<>();
    groups.values().forEach(g -> g.mentions.forEach(m -> groupOf.put(m, g)));
    List<Mention> sorted = groupOf.keySet().stream().sorted(Comparator.comparing(Mention::span)).toList();
    for (int i = 0; i + 1 < sorted.size(); i++) {
      Mention outer = sorted.get(i);
      // The next mention after the name, past the topic words inside it (AI芯片 of 2026全球AI芯片峰会(GACS 2026)).
      Mention inner = sorted.subList(i + 1, sorted.size()).stream()
          .filter(m -> m.span().begin() >= outer.span().end()).findFirst().orElse(null);
      if (inner == null) {
        continue;
      }
      int open = outer.span().end();
      if (open < text.length() && CLOSING_MARKS.indexOf(text.charAt(open)) >= 0) {
        open++; // 《数据隐私法案》(Data Privacy Act)
      }
      if (open + 1 < text.length() && text.charAt(open) == ' ' && isOpeningBracket(text.charAt(open + 1))
          && Aliases.spacedOnlyBeforeAName(text, outer.span().end(), open + 2)) {
        open++; // 星河传媒 (Galaxy Media), as Taiwan's press sets the other form
      }
      Matcher label = LANGUAGE_LABEL.matcher(text).region(Math.min(text.length(), open + 1), text.length());
      int formStart = open + 1 + (label.lookingAt() ? label.end() - label.start() : 0);
      if (inner.span().begin() != formStart || open >= text.length() || !isOpeningBracket(text.charAt(open))
          || inner.span().end() >= text.length() || !closesBracketedForm(text.charAt(inner.span().end()))) {
        continue;
      }
      Group a = groupOf.get(outer);
      Group b = groupOf.get(inner);
      if (a == b || !groups.containsKey(a.key) || !groups.containsKey(b.key) || a.type() == EntityType.TOPIC
          || b.type() == EntityType.TOPIC || a.entry.isPresent() && b.entry.isPresent()) {
        continue;
      }
      if ((a.type() == EntityType.PLACE) != (b.type() == EntityType.PLACE)) {
        continue; // 星河科技(上海)有限公司: a place in brackets after a name is the seat in a registered name
      }
      if (a.type() == EntityType.EVENT && b.entry.isPresent() && EDITION_ORDINAL.matcher(outer.text()).lookingAt()) {
        continue; // 第9届某某(英语: the series' full name): the brackets spell out the series, not this edition
      }
      Group into = b.entry.isPresent() ? b : a;
      Group from = into == a ? b : a;
      EntityType type = into.type();
      for (Mention m : from.mentions) {
        Mention retyped = new Mention(m.span(), m.text(), type, m.sentence(), m.source());
        into.mentions.add(retyped);
        groupOf.put(m, into);
        groupOf.put(retyped, into);
      }
      groups.remove(from.key);
    }
  }

  /** The ordinal of an event's edition opening its name: 第9届, 首届, perhaps after the year. */
  private static final Pattern EDITION_ORDINAL = Pattern.compile("(?:\\d{4}年?)?" + EventEditions.ORDINAL + "[届屆]");
  private static final String CLOSING_MARKS = "》”\"";
  /** The language an encyclopedia names the other form in: 星河智能（英语：Xinghe AI）. */
  private static final Pattern LANGUAGE_LABEL = Pattern.compile("(?:英语|英文|英文名|英语名|English)[：:] ?");

  /** "Gemini（旧称：Bard）", "Nova (formerly Orbit)": the name a thing was known by before, in brackets after its name. */
  private static final Pattern FORMER_NAME = Pattern.compile(
      "^ ?[（(](?:旧称|舊稱|原名|原称|原稱|前称|前稱|曾用名|formerly(?: known as)?)[：:]? ?");

  /**
   * A renamed thing and its former name are one entity, whatever a lexicon knows of each: the text says so. The
   * current name keeps its group; an app or service under either name is one under both.
   */
  private static void mergeFormerNames(String text, Map<String, Group> groups) {
    for (Group current : List.copyOf(groups.values())) {
      if (!groups.containsKey(current.key) || current.type() == EntityType.TOPIC) {
        continue;
      }
      for (Mention m : List.copyOf(current.mentions)) {
        Matcher former = FORMER_NAME.matcher(text).region(m.span().end(), text.length());
        if (!former.lookingAt()) {
          continue;
        }
        int begin = former.end();
        Optional<Group> earlier = groups.values().stream()
            .filter(g -> g != current && g.type() != EntityType.TOPIC && g.type() != EntityType.PLACE
                && g.mentions.stream().anyMatch(a -> a.span().begin() == begin))
            .findFirst();
        if (earlier.isEmpty()) {
          continue;
        }
        Group from = earlier.get();
        current.namedAsProduct |= from.namedAsProduct || from.type() == EntityType.PRODUCT;
        EntityType type = current.type();
        from.mentions.forEach(a -> current.mentions.add(new Mention(a.span(), a.text(), type, a.sentence(), a.source())));
        groups.remove(from.key);
        break;
      }
    }
  }

  /**
   * "深圳市云帆智联科技有限公司（以下简称“云帆智联”）": the short name and the organization it was declared for are one
   * entity.
   */
  private static void mergeDeclaredShortNames(String text, Map<String, Group> groups) {
    for (Group outer : List.copyOf(groups.values())) {
      if (!groups.containsKey(outer.key) || !outer.type().isOrganization()) {
        continue;
      }
      for (Mention m : List.copyOf(outer.mentions)) {
        java.util.regex.Matcher d = Aliases.DECLARED_SHORT_NAME.matcher(text)
            .region(m.span().end(), text.length());
        if (!d.lookingAt()) {
          continue;
        }
        int aliasBegin = d.start("alias");
        Optional<Group> alias = groups.values().stream()
            .filter(g -> g != outer && g.mentions.stream().anyMatch(a -> a.span().begin() == aliasBegin))
            .findFirst();
        if (alias.isEmpty() || alias.get().entry.isPresent() && outer.entry.isPresent()) {
          continue;
        }
        // The group a lexicon knows absorbs the other (智谱 for 北京智谱华章科技有限公司).
        Group into = alias.get().entry.isPresent() ? alias.get() : outer;
        Group from = into == outer ? alias.get() : outer;
        absorb(into, from, groups);
        break;
      }
    }
  }

  private static boolean isOpeningBracket(char c) {
    return c == '(' || c == '（';
  }

  /** The bracket closes, or a comment follows the other form: 英伟达(Nvidia，台湾称辉达). */
  private static boolean closesBracketedForm(char c) {
    return c == ')' || c == '）' || c == '，' || c == ',';
  }

  /** A Latin personal name: capitalised words, a middle initial allowed (John M. Smith, Mary-Jane O'Neil). */
  private static final Pattern LATIN_PERSON_NAME = Pattern.compile("[A-Z][A-Za-z'’-]*\\.?(?: [A-Z][A-Za-z'’-]*\\.?)+");

  /**
   * "John Smith" and "John M. Smith" join "John Michael Smith": English writes one person's name with or without the
   * middle name or its initial. The shorter form joins the one full name it fits; two such full names (John Michael
   * Smith, John Henry Smith) leave it alone.
   */
  private static void mergeMiddleNames(Map<String, Group> groups) {
    for (Group shorter : List.copyOf(groups.values())) {
      if (!groups.containsKey(shorter.key) || shorter.type() != EntityType.PERSON) {
        continue;
      }
      List<String> words = latinPersonName(shorter);
      if (words.isEmpty()) {
        continue;
      }
      List<Group> fuller = groups.values().stream()
          .filter(o -> o != shorter && o.type() == EntityType.PERSON && !(o.entry.isPresent() && shorter.entry.isPresent()))
          .filter(o -> fillsMiddle(words, latinPersonName(o)))
          .toList();
      if (fuller.size() == 1) {
        fuller.get(0).mentions.addAll(shorter.mentions);
        groups.remove(shorter.key);
      }
    }
  }

  /** The words of a group's longest Latin personal name, or none. */
  private static List<String> latinPersonName(Group g) {
    return g.mentions.stream().map(Mention::text).filter(t -> LATIN_PERSON_NAME.matcher(t).matches())
        .max(Comparator.comparingInt(String::length)).map(t -> List.of(t.split(" "))).orElse(List.of());
  }

  /**
   * The full name has the short one's first and last words and more words between, which the short one's middle words
   * (if any) equal or abbreviate one by one.
   */
  private static boolean fillsMiddle(List<String> shortName, List<String> fullName) {
    if (shortName.size() < 2 || fullName.size() < shortName.size() || shortName.equals(fullName)
        || !shortName.get(0).equals(fullName.get(0))
        || !shortName.get(shortName.size() - 1).equals(fullName.get(fullName.size() - 1))) {
      return false;
    }
    List<String> shortMiddle = shortName.subList(1, shortName.size() - 1);
    List<String> fullMiddle = fullName.subList(1, fullName.size() - 1);
    if (shortMiddle.isEmpty()) {
      return !fullMiddle.isEmpty();
    }
    if (shortMiddle.size() != fullMiddle.size()) {
      return false;
    }
    for (int i = 0; i < shortMiddle.size(); i++) {
      String s = shortMiddle.get(i);
      String f = fullMiddle.get(i);
      boolean initialOf = s.matches("[A-Z]\\.?") && f.length() > 2 && f.charAt(0) == s.charAt(0);
      if (!s.equals(f) && !initialOf) {
        return false;
      }
    }
    return true;
  }

  /**
   * A surname written alone: one capitalised word, or one after the particles Dutch, German, French, Italian and
   * Spanish surnames keep (Van der Velden, von Braun, de la Cruz, Di Maio).
   */
  private static final Pattern LONE_SURNAME = Pattern.compile(
      "(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]a|[Dd]i|[Dd]u|[Dd]os|[Ll]e|[Ll]a|[Tt]er|[Tt]en) )*"
          + "[A-Z][A-Za-z'-]+");

  /**
   * "Sutskever" joins "Ilya Sutskever" when the document has exactly one person of that surname; failing that, "Ilya"
   * joins him when he is the one person named earlier with that given name.
   */
  private static void mergeSurnames(Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key)) {
        continue;
      }
      if (mergeTransliteratedSurname(g, groups)) {
        continue;
      }
      if (g.type() != EntityType.PERSON) {
        continue;
      }
      String name = g.mentions.get(0).text();
      if (!LONE_SURNAME.matcher(name).matches()) {
        continue;
      }
      List<Group> full = groups.values().stream()
          .filter(o -> o != g && o.type() == EntityType.PERSON)
          .filter(o -> o.mentions.stream().anyMatch(m -> m.text().endsWith(" " + name))
              || o.entry.map(e -> e.en().endsWith(" " + name)).orElse(false))
          .toList();
      if (full.isEmpty()) {
        full = groups.values().stream()
            .filter(o -> o != g && o.type() == EntityType.PERSON && writtenSurnameFirst(o, name))
            .toList();
      }
      if (full.isEmpty()) {
        full = groups.values().stream()
            .filter(o -> o != g && o.type() == EntityType.PERSON && givenNameOf(o, g, name))
            .toList();
      }
      if (full.size() > 1) {
        full = introducedBefore(g, name, full);
      }
      if (full.size() == 1) {
        full.get(0).mentions.addAll(g.mentions);
        groups.remove(g.key);
      }
    }
  }

  /**
   * Of several full names ending in a lone name, the one it stands for: the one introduced before it (Jane Doe … Doe …
   * her brother John Doe), and of several so introduced, the one named more often than the others before it (Jane Doe,
   * the biography's subject, named again and again … her father John Doe … Doe). None when that does not decide.
   */
  private static List<Group> introducedBefore(Group lone, String name, List<Group> full) {
    int loneFirst = lone.mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(Integer.MAX_VALUE);
    List<Group> before = full.stream().filter(o -> o.mentions.stream().anyMatch(m -> m.span().begin() < loneFirst
        && m.text().endsWith(" " + name))).toList();
    if (before.size() < 2) {
      return before;
    }
    Map<Group, Long> namedBefore = new LinkedHashMap<>();
    before.forEach(o -> namedBefore.put(o, o.mentions.stream().filter(m -> m.span().begin() < loneFirst).count()));
    long most = Collections.max(namedBefore.values());
    List<Group> mostNamed = before.stream().filter(o -> namedBefore.get(o) == most).toList();
    return mostNamed.size() == 1 ? mostNamed : before;
  }

  /**
   * "Mark, thanks for coming" after "Mark Heaps": interviews and features call a person by the given name once the
   * full name is in the text. Only a full Latin name written before the lone name's first mention counts, so that a
   * first name heard before anyone is introduced stays its own person.
   */
  private static boolean givenNameOf(Group person, Group lone, String name) {
    int loneFirst = lone.mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(Integer.MAX_VALUE);
    return person.mentions.stream().anyMatch(m -> m.span().begin() < loneFirst
        && m.text().matches(Pattern.quote(name) + "(?: [A-Z][A-Za-z'.-]*)+"));
  }

  /** Pinyin spellings of common Chinese surnames (Wang, Liang, Ouyang). */
  static final Set<String> CHINESE_SURNAMES = TabFile.read(NameResolver.class, "chinese-surnames.tsv", 2)
      .stream().map(row -> row.cell(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * "Wang said" after "Wang Haifeng": English writes a Chinese name surname first, so the lone surname is the full
   * name's first word. Only a two-word name whose first word is a common Chinese surname in pinyin, or a person the
   * lexicon knows by a Chinese name without "·" (a Chinese, not a transliterated, name).
   */
  private static boolean writtenSurnameFirst(Group person, String surname) {
    boolean chineseInLexicon = person.entry
        .map(e -> e.zh() != null && e.zh().matches("\\p{IsHan}{2,4}") && e.en() != null
            && e.en().startsWith(surname + " "))
        .orElse(false);
    return chineseInLexicon || CHINESE_SURNAMES.contains(surname) && person.mentions.stream()
        .anyMatch(m -> m.text().matches(Pattern.quote(surname) + " [A-Z][a-z]+(?:-[a-z]+)?"));
  }

  /**
   * "阿莫代" joins "达里奥·阿莫代": a Chinese transliteration of a foreign name is written with its parts joined by
   * "·", and later mentions use the last part alone. CoreNLP may type the short form an organization, so any unnamed
   * group whose name is exactly one person's last part joins that person.
   */
  private static boolean mergeTransliteratedSurname(Group g, Map<String, Group> groups) {
    String name = g.mentions.get(0).text();
    if (name.contains("·") || !name.matches("\\p{IsHan}{2,5}")) {
      return false;
    }
    List<Group> full = groups.values().stream()
        .filter(o -> o != g && o.type() == EntityType.PERSON)
        .filter(o -> o.mentions.stream().anyMatch(m -> m.text().endsWith("·" + name))
            || o.entry.map(e -> e.zh().endsWith("·" + name)).orElse(false))
        .toList();
    if (full.size() != 1) {
      return false;
    }
    for (Mention m : g.mentions) {
      full.get(0).mentions.add(new Mention(m.span(), m.text(), EntityType.PERSON, m.sentence(), m.source()));
    }
    groups.remove(g.key);
    return true;
  }

  /** A short model name with a version (R1, V3.1, K2): a letter, then letters, digits and dots with a digit. */
  private static final Pattern SHORT_MODEL_NAME = Pattern.compile("[A-Za-z][A-Za-z.]*\\d[A-Za-z0-9.]*");

  /**
   * "R1" after "DeepSeek-R1", "K2" after "Kimi K2": a model's name without its family or maker's prefix is that model,
   * when exactly one model of the document ends with it after a hyphen or a space.
   */
  private static void mergeModelShortNames(Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key) || g.type() != EntityType.AI_MODEL) {
        continue;
      }
      String name = g.mentions.get(0).text();
      if (!SHORT_MODEL_NAME.matcher(name).matches() || name.length() > 12) {
        continue;
      }
      List<Group> full = groups.values().stream()
          .filter(o -> o != g && o.type() == EntityType.AI_MODEL)
          .filter(o -> o.mentions.stream().anyMatch(m -> m.text().endsWith("-" + name) || m.text().endsWith(" " + name))
              || o.entry.map(e -> e.en().endsWith("-" + name) || e.en().endsWith(" " + name)).orElse(false))
          .toList();
      if (full.size() > 1) {
        full = introducedBefore(g, name, full);
      }
      if (full.size() == 1) {
        full.get(0).mentions.addAll(g.mentions);
        groups.remove(g.key);
      }
    }
  }

  /** A version written after a model's name: V4.0, 4.0, -2.5, 3.0 Pro. */
  private static final Pattern MODEL_VERSION = Pattern.compile("[- ]?[Vv]?\\d+(?:\\.\\d+)*(?: ?[A-Za-z]+)?");

  /**
   * 讯飞星火V4.0 and 星火大模型V4.0: one version written after two names of one model (the lexicon's label and an
   * alias) is one model version.
   */
  private void mergeVersionsOfOneModel(Map<String, Group> groups) {
    Map<String, Group> byModelAndVersion = new HashMap<>();
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || g.type() != EntityType.AI_MODEL || !groups.containsKey(g.key)) {
        continue;
      }
      Optional<String> modelAndVersion = modelAndVersion(g.mentions.get(0).text());
      if (modelAndVersion.isEmpty()) {
        continue;
      }
      Group first = byModelAndVersion.putIfAbsent(modelAndVersion.get(), g);
      if (first != null) {
        first.mentions.addAll(g.mentions);
        groups.remove(g.key);
      }
    }
  }

  /** The lexicon's model a name starts with and the version after it (iflytek-spark 4.0), if the name is both. */
  private Optional<String> modelAndVersion(String name) {
    for (int cut = name.length() - 1; cut >= 2; cut--) {
      String version = name.substring(cut);
      if (!MODEL_VERSION.matcher(version).matches()) {
        continue;
      }
      Optional<LexiconEntry> model = lexicon.lookup(name.substring(0, cut)).stream()
          .filter(e -> e.type() == EntityType.AI_MODEL).findFirst();
      if (model.isPresent()) {
        return Optional.of(model.get().key() + " " + version.replaceFirst("^[- ]?[Vv]?", "").toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  /** The one group other than {@code g} that {@code fits}, if exactly one does. */
  private static Optional<Group> onlyOther(Group g, Map<String, Group> groups, Predicate<Group> fits) {
    List<Group> fitting = groups.values().stream().filter(o -> o != g && fits.test(o)).toList();
    return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
  }

  /** {@code from}'s mentions join {@code into}, with its type, and {@code from} is no group of its own any more. */
  private static void absorb(Group into, Group from, Map<String, Group> groups) {
    EntityType type = into.type();
    from.mentions.forEach(m -> into.mentions.add(new Mention(m.span(), m.text(), type, m.sentence(), m.source())));
    groups.remove(from.key);
  }

  /** A registered name's trade word and legal form after a short name: Acme Freight Company, Acme Group Ltd. */
  private static final String TRADE_COMPANY =
      "(?: [A-Z][a-z]+)? (?:Company|Corporation|Group)(?: ?(?:Inc\\.?|Ltd\\.?|LLC|PLC|plc))?";

  /**
   * The corporate words a company's short name leaves off: Nimbla for Nimbla Labs, 星河 for 星河智能, 星河集团 for
   * 星河集团控股有限公司; Nimbla for Nimbla Group, Nimbla Co. or Nimbla Freight Company (a trade word, then the legal
   * or group word, as in a registered name).
   */
  private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
      "(?: ?(?:Labs?|AI|Inc\\.?|Corp\\.?|Ltd\\.?|Technology|Technologies|Robotics|Capital|Ventures|Partners|"
      + "Communications|Networks|Images|Software|Semiconductor|Electronics|Motors|Industries|"
      + "Corporation|Systems|Holdings|Incorporated|Group|Company|Co\\.|Limited|LLC|PLC|plc|股份有限公司|"
      + "有限责任公司|有限公司|公司|集团|科技|智能|资本|创投|基金|控股))+"
      + "|" + TRADE_COMPANY);

  /**
   * Two capitalised words a company goes by without its corporate word (Blue Ridge for Blue Ridge Technology), never
   * a person's full name.
   */
  private static final String TWO_WORD_SHORT_NAME = "[A-Z][a-z]+ [A-Z][a-z]+";

  /**
   * "Nimbla's chief executive" after "Nimbla Labs": a name that no lexicon knows and that is an organization's name
   * without its corporate word is that organization, whatever type NER gave the short form. Only when exactly one
   * organization fits.
   */
  private static void mergeShortOrganizationNames(Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key) || g.type() == EntityType.TOPIC
          || g.type() == EntityType.PLACE) {
        continue; // a town (星河镇) is not the company named after it (星河集团)
      }
      String name = g.mentions.get(0).text();
      if (name.length() < 2 || name.contains(" ") && !name.matches("\\p{IsHan}+")
          && (g.type() == EntityType.PERSON || !name.matches(TWO_WORD_SHORT_NAME))) {
        continue;
      }
      onlyOther(g, groups, o -> o.type().isOrganization()
          && o.mentions.stream().anyMatch(m -> m.text().startsWith(name)
              && (CORPORATE_SUFFIX.matcher(m.text().substring(name.length())).matches()
                  || companyCalledByItsHead(g, o, name, m.text()))))
          .ifPresent(longer -> absorb(longer, g, groups));
    }
  }

  /** An abbreviation of two or three capitals, the shape of an initialism. */
  private static final Pattern INITIALISM = Pattern.compile("[A-Z]{2,3}");
  /** The words an initialism skips: of, and, the, for, &. */
  private static final Set<String> SKIPPED_IN_INITIALS = Set.of("of", "and", "the", "for", "&");

  /**
   * "GM" after "General Motors": an organization's initialism no lexicon knows is the one organization in the document
   * whose capitalised words it spells, though no bracket declares it (an article does so for its main subject).
   */
  private static void mergeInitialisms(Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      String name = g.mentions.get(0).text();
      if (g.entry.isPresent() || !groups.containsKey(g.key) || !g.type().isOrganization()
          || !INITIALISM.matcher(name).matches()) {
        continue;
      }
      onlyOther(g, groups, o -> o.type().isOrganization()
          && o.mentions.stream().anyMatch(m -> name.equals(initials(m.text()))))
          .ifPresent(longer -> absorb(longer, g, groups));
    }
  }

  /** The initials of a name of two words or more, all capitalised but the words an initialism skips; else "". */
  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    String[] words = name.split(" ");
    for (String w : words) {
      if (w.isEmpty() || SKIPPED_IN_INITIALS.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return "";
      }
      initials.append(w.charAt(0));
    }
    return words.length >= 2 ? initials.toString() : "";
  }

  /**
   * The words of a company's legal form or group after its short name (Acme Inc., Acme Holdings, Acme Freight
   * Company): unlike a trade word (Acme Capital, Acme Robotics), they do not tell two companies of one name apart.
   */
  private static final Pattern LEGAL_FORM_SUFFIX = Pattern.compile("(.+?)(?:(?: (?:Inc\\.?|Corp\\.?|Ltd\\.?|Co\\.|"
      + "Limited|LLC|PLC|plc|Incorporated|Corporation|Holdings|Group))+|" + TRADE_COMPANY + ")");

  /**
   * "Acme Inc." and "Acme Freight Company" in one article: English names that are one short name with a legal form
   * after it name one company, the one the article is about, so they form one entity (the short name alone then joins
   * it in {@link #mergeShortOrganizationNames}). Never a lexicon's name.
   */
  private static void mergeLegalForms(Map<String, Group> groups) {
    Map<String, List<Group>> byShortName = new LinkedHashMap<>();
    for (Group g : groups.values()) {
      if (g.entry.isPresent() || !g.type().isOrganization()) {
        continue;
      }
      List<String> shortNames = g.mentions.stream().map(m -> LEGAL_FORM_SUFFIX.matcher(m.text()))
          .map(m -> m.matches() && m.group(1).matches("[A-Z][A-Za-z0-9&.'’ -]*") ? m.group(1) : "").distinct().toList();
      if (shortNames.size() == 1 && !shortNames.get(0).isEmpty()) {
        byShortName.computeIfAbsent(shortNames.get(0), k -> new ArrayList<>()).add(g);
      }
    }
    for (List<Group> forms : byShortName.values()) {
      Group most = forms.stream().max(Comparator.comparingInt(o -> o.mentions.size())).orElseThrow();
      forms.stream().filter(o -> o != most).forEach(o -> absorb(most, o, groups)); // the most used form's type
    }
  }

  /** "Denver-based " right before a name: what is based somewhere is an organization, not a place. */
  private static final Pattern BASED_BEFORE = Pattern.compile("[A-Za-z.]-(?:based|headquartered) $");

  /**
   * "Denver-based Tacoma" after "Tacoma Innovation": an English organization called by the first word of its
   * name, with the place it is based in before it, is that organization, though NER reads the word as a town. Only a
   * word no lexicon knows, and only when exactly one organization's name opens with it.
   */
  private static void mergeBasedFirstWords(String text, Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key) || g.type() != EntityType.PLACE) {
        continue;
      }
      String name = g.mentions.get(0).text();
      boolean based = g.mentions.stream().anyMatch(m -> BASED_BEFORE.matcher(
          text.substring(Math.max(0, m.span().begin() - 20), m.span().begin())).find());
      if (!name.matches("[A-Z][A-Za-z0-9]+") || !based) {
        continue;
      }
      onlyOther(g, groups, o -> o.type().isOrganization()
          && o.mentions.stream().anyMatch(m -> m.text().startsWith(name + " ")))
          .ifPresent(full -> absorb(full, g, groups));
    }
  }

  /**
   * A Chinese organization called by a contraction of its full name (基隆地检署 for 台湾基隆地方检察署): the short name
   * keeps the full name's head character, its first two characters stand together in the full name, and its
   * characters appear there in order. Only when exactly one named organization fits, and neither is a lexicon's.
   */
  private static void mergeContractedNames(Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key) || !g.type().isOrganization()) {
        continue;
      }
      String name = g.mentions.get(0).text();
      if (!HAN_ONLY.matcher(name).matches() || name.length() < 4) {
        continue;
      }
      onlyOther(g, groups, o -> o.entry.isEmpty() && o.type().isOrganization()
          && o.mentions.stream().anyMatch(m -> contracts(name, m.text())))
          .ifPresent(full -> absorb(full, g, groups));
    }
  }

  private static boolean contracts(String contraction, String name) {
    if (name.length() < contraction.length() + 2 || !HAN_ONLY.matcher(name).matches()
        || name.charAt(name.length() - 1) != contraction.charAt(contraction.length() - 1)) {
      return false;
    }
    int at = name.indexOf(contraction.substring(0, 2));
    if (at < 0) {
      return false;
    }
    for (int i = 2, j = at + 2; i < contraction.length(); i++, j++) {
      j = name.indexOf(contraction.charAt(i), j);
      if (j < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A company the press calls by the first characters of its Chinese name (字节 for 字节跳动, 远帆 for 远帆汽车): a
   * company whose two- or three-character name opens the longer one, which has at least two characters more.
   */
  private static boolean companyCalledByItsHead(Group shortName, Group full, String name, String longer) {
    return shortName.type() == EntityType.COMPANY && full.type() == EntityType.COMPANY
        && HAN_ONLY.matcher(name).matches() && name.length() <= 3
        && HAN_ONLY.matcher(longer).matches() && longer.length() >= name.length() + 2;
  }

  private static final Pattern HAN_ONLY = Pattern.compile("\\p{IsHan}+");

  /**
   * "Institute Director Nina Sato" after "Institute for Quiet Computing": a capitalized head noun alone names the one
   * organization named before whose name has that word. Left alone when two organizations have it.
   */
  private static void mergeHeadNounNames(Map<String, Group> groups) {
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key) || !g.type().isOrganization()) {
        continue;
      }
      String name = g.mentions.get(0).text();
      if (!HeadNounReferences.HEAD_NOUNS.contains(name)) {
        continue;
      }
      int first = g.mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(0);
      Pattern word = Pattern.compile("(?:^|.* )" + name + "(?: .*|$)");
      onlyOther(g, groups, o -> o.type().isOrganization()
          && o.mentions.stream().anyMatch(m -> m.span().begin() < first && word.matcher(m.text()).matches()))
          .ifPresent(named -> absorb(named, g, groups));
    }
  }

  /**
   * "台湾星河实验室" joins "星河实验室": an organization's name that is another's with a place written before it
   * names the same organization, and so does one that leaves a modifier out after its place (美国机器人协会 joins
   * 美国国际机器人协会); only when exactly one organization fits and no lexicon knows the longer name.
   */
  private void mergePlacePrefixedNames(Map<String, Group> groups) {
    Set<String> placeNames = mentionTexts(groups, EntityType.PLACE);
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key) || !g.type().isOrganization()) {
        continue;
      }
      for (String name : g.mentions.stream().map(Mention::text).distinct().toList()) {
        List<String> places = placesBefore(name, placeNames);
        Optional<Group> shorter = onlyOther(g, groups, o -> o.type().isOrganization()
            && o.mentions.stream().anyMatch(m -> places.stream().anyMatch(
                p -> m.text().equals(name.substring(p.length())) || isPlacedModifierLeftOut(name, m.text(), p))));
        if (shorter.isPresent()) {
          absorb(shorter.get(), g, groups);
          break;
        }
      }
    }
  }

  /** The words of every mention of the groups of {@code type}: the places or companies the document names. */
  private static Set<String> mentionTexts(Map<String, Group> groups, EntityType type) {
    Set<String> texts = new HashSet<>();
    groups.values().stream().filter(g -> g.type() == type).forEach(g -> g.mentions.forEach(m -> texts.add(m.text())));
    return texts;
  }

  /**
   * "优图" joins "腾讯优图": an organization's name that is the rest of another's after a known company's name (a lexicon
   * company, or a company named in the document) names that organization, when exactly one fits, the shorter name no
   * lexicon's, and the rest no common word ({@link Aliases#COMMON_REST}).
   */
  private void mergeRestsOfCompoundNames(Map<String, Group> groups) {
    Set<String> companies = mentionTexts(groups, EntityType.COMPANY);
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !groups.containsKey(g.key) || !g.type().isOrganization()) {
        continue;
      }
      String name = g.mentions.get(0).text();
      if (name.length() < 2 || Aliases.COMMON_REST.matcher(name).matches()) {
        continue;
      }
      onlyOther(g, groups, o -> o.type().isOrganization() && o.mentions.stream().anyMatch(m -> {
        String longer = m.text();
        if (!longer.endsWith(name) || longer.length() < name.length() + 2) {
          return false;
        }
        String prefix = longer.substring(0, longer.length() - name.length());
        return companies.contains(prefix)
            || lexicon.lookup(prefix).stream().anyMatch(e -> e.type() == EntityType.COMPANY);
      })).ifPresent(full -> absorb(full, g, groups));
    }
  }

  /**
   * The places {@code name} starts with that leave a name of at least three characters after them: places mentioned
   * in the document, or known to the lexicon (a place written only inside the name is no mention of its own).
   */
  private List<String> placesBefore(String name, Set<String> placeNames) {
    List<String> places = new ArrayList<>();
    for (int end = 1; end <= name.length() - 3; end++) {
      String prefix = name.substring(0, end);
      if (placeNames.contains(prefix) || lexicon.lookup(prefix).stream().anyMatch(e -> e.type() == EntityType.PLACE)) {
        places.add(prefix);
      }
    }
    return places;
  }

  /**
   * "美国机器人协会" for "美国国际机器人协会": both start with the same place, and the shorter leaves out one to four
   * characters right after it, keeping a rest of at least four (so 北京大学 is not 北京师范大学).
   */
  static boolean isPlacedModifierLeftOut(String longer, String shorter, String place) {
    if (!longer.startsWith(place) || !shorter.startsWith(place)) {
      return false;
    }
    String rest = shorter.substring(place.length());
    int left = longer.length() - shorter.length();
    return rest.length() >= 4 && left >= 1 && left <= 4 && longer.endsWith(rest);
  }

  /**
   * "伍德斯托克音乐节" joins "伍德斯托克摇滚音乐节": an event name that is another's with a modifier left out (same
   * beginning, same event noun at the end) names the same event.
   */
  private static void mergeEventVariants(Map<String, Group> groups) {
    for (Group shorter : List.copyOf(groups.values())) {
      if (shorter.entry.isPresent() || shorter.type() != EntityType.EVENT || !groups.containsKey(shorter.key)) {
        continue;
      }
      String name = shorter.mentions.get(0).text();
      groups.values().stream()
          .filter(o -> o != shorter && o.entry.isEmpty() && o.type() == EntityType.EVENT)
          .filter(o -> isShortenedFrom(name, o.mentions.get(0).text())
              || isWithoutYearAndPlace(name, o.mentions.get(0).text()))
          .findFirst()
          .ifPresent(longer -> {
            longer.mentions.addAll(shorter.mentions);
            groups.remove(shorter.key);
          });
    }
  }

  /** An English event's edition: its name and the year after it (Web Summit 2025). */
  private static final Pattern EDITION_YEAR = Pattern.compile("(.+[A-Za-z]) (?:19|20)\\d{2}");

  /**
   * "Web Summit 2025" and "Web Summit" in one article name one edition: the edition's mentions join the plain name's
   * group, which keeps a lexicon entry's key. Two editions of the same event stay apart.
   */
  private static void mergeEditionYears(Map<String, Group> groups) {
    for (Group edition : List.copyOf(groups.values())) {
      if (edition.type() != EntityType.EVENT || !groups.containsKey(edition.key)) {
        continue;
      }
      Matcher named = EDITION_YEAR.matcher(edition.mentions.get(0).text());
      if (!named.matches()) {
        continue;
      }
      String plain = named.group(1);
      List<Group> plainGroups = groups.values().stream()
          .filter(o -> o != edition && o.type() == EntityType.EVENT
              && o.mentions.stream().allMatch(m -> m.text().equals(plain)))
          .toList();
      long editions = groups.values().stream().filter(o -> o.type() == EntityType.EVENT
          && o.mentions.get(0).text().startsWith(plain + " ")).count();
      if (plainGroups.size() == 1 && editions == 1) {
        plainGroups.get(0).mentions.addAll(edition.mentions);
        groups.remove(edition.key);
      }
    }
  }

  /** A short form of a summit made of a field's abbreviation and the event noun (AI峰会, AI大会, IT论坛). */
  private static final Pattern GENERIC_EVENT = Pattern.compile("([A-Z]{2,3})(峰会|大会|论坛|博览会)");
  /** Fields whose abbreviation a Chinese event's full name spells out (AI in 某某人工智能峰会). */
  private static final Map<String, String> SPELLED_OUT = Map.of("AI", "人工智能", "IT", "信息技术");

  /**
   * "这场AI峰会" for "某某人工智能影响力峰会": an abbreviation of the field with the event noun is no name of its own
   * when exactly one other event of the article has that noun and names that field; it is a mention of that event.
   */
  private static void mergeGenericEventShortForms(Map<String, Group> groups) {
    for (Group shorter : List.copyOf(groups.values())) {
      if (shorter.entry.isPresent() || shorter.type() != EntityType.EVENT || !groups.containsKey(shorter.key)) {
        continue;
      }
      Matcher generic = GENERIC_EVENT.matcher(shorter.mentions.get(0).text());
      if (!generic.matches()) {
        continue;
      }
      String field = generic.group(1);
      String spelled = SPELLED_OUT.getOrDefault(field, field);
      List<Group> full = groups.values().stream()
          .filter(o -> o != shorter && o.type() == EntityType.EVENT)
          .filter(o -> o.mentions.stream().map(Mention::text).anyMatch(n -> n.endsWith(generic.group(2))
              && n.length() > generic.group().length() && (n.contains(field) || n.contains(spelled))))
          .toList();
      if (full.size() == 1) {
        full.get(0).mentions.addAll(shorter.mentions);
        groups.remove(shorter.key);
      }
    }
  }

  /** The year and place an event's full name may start with (2025年某城), before the name it is called by. */
  private static final Pattern YEAR_AND_PLACE = Pattern.compile("\\d{4}年?\\p{IsHan}{0,3}");

  /** True if {@code shorter} is {@code longer} without the year, and perhaps the place, it starts with: 数贸会. */
  static boolean isWithoutYearAndPlace(String shorter, String longer) {
    return shorter.length() >= 3 && longer.endsWith(shorter)
        && YEAR_AND_PLACE.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
  }

  /** True if {@code shorter} is {@code longer} with a stretch of at least one character left out of its middle. */
  static boolean isShortenedFrom(String shorter, String longer) {
    if (shorter.length() >= longer.length()) {
      return false;
    }
    for (int k = 2; k <= shorter.length() - 2; k++) {
      if (longer.startsWith(shorter.substring(0, k)) && longer.endsWith(shorter.substring(k))) {
        return true;
      }
    }
    return false;
  }

  private static void addAnaphors(AnnotatedDocument doc, Map<String, Group> groups) {
    List<Mention> named = groups.values().stream().flatMap(g -> g.mentions.stream())
        .sorted(Comparator.comparing(Mention::span)).toList();
    Map<Mention, Group> groupOf = new LinkedHashMap<>();
    groups.values().forEach(g -> g.mentions.forEach(m -> groupOf.put(m, g)));
    // English he/she resolved so far: a biography's "she" goes on about the person the last one stood for, however
    // many sentences back the name was
    List<Mention> englishChain = new ArrayList<>();
    // The pronoun each person was already called by: a "he" is not the person an earlier "she" stood for
    Map<Group, String> pronounOf = new HashMap<>();
    for (AnnotatedSentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        // 他/她, and an English He or She opening the sentence, after an opening phrase (a biography's subject going
        // on), or as the subject of a clause anywhere in it (That December he founded …; … after she left Initech)
        boolean opening = i > 0 && (afterOpeningPhrase(tokens, i) || isClauseSubject(s, i));
        boolean person = PERSON_PRONOUNS.contains(t.word()) && t.pos().equals("PN")
            || i == 0 && ENGLISH_SUBJECT_PRONOUNS.contains(t.word()) && t.pos().equals("PRP")
            || opening;
        Optional<Span> organization = organizationAnaphor(tokens, i);
        if (!person && organization.isEmpty()) {
          continue;
        }
        Span span = organization.orElse(t.span());
        List<Mention> candidates = new ArrayList<>();
        for (Mention m : named) {
          if (m.span().begin() >= span.begin()) {
            break;
          }
          EntityType type = groupOf.get(m).type();
          boolean fits = person ? type == EntityType.PERSON : type.isOrganization();
          if (fits && m.sentence() >= s.index() - ANAPHOR_REACH) {
            candidates.add(m);
          }
        }
        if (opening && candidates.stream().anyMatch(m -> m.sentence() == s.index())) {
          continue; // After meeting John Roe, she …: the person named in the opening phrase is not "she"
        }
        boolean english = person && !PERSON_PRONOUNS.contains(t.word());
        if (english) {
          englishChain.stream().filter(m -> m.sentence() >= s.index() - ANAPHOR_REACH).forEach(candidates::add);
          candidates.sort(Comparator.comparing(Mention::span));
          if (candidates.isEmpty()) {
            mainPerson(named, groupOf, span.begin()).ifPresent(candidates::add);
          }
        }
        if (!person && candidates.stream().anyMatch(m -> !notACompany(m, groupOf.get(m)))) {
          // 公司 is a company: not the government, agency or university named beside it (X政府与Y公司就…该公司…)
          candidates.removeIf(m -> notACompany(m, groupOf.get(m)));
        }
        if (english) {
          // …worked with John Roe as his student. He later …: a person named as the object of a verb or a preposition
          // is not whom the story goes on about, while one who opens a sentence is.
          List<Mention> subjects = candidates.stream().filter(m -> m.source() == Mention.Source.COREFERENCE
              || opensClause(doc, m)).toList();
          if (!subjects.isEmpty()) {
            candidates.retainAll(subjects);
          }
          String pronoun = t.word().toLowerCase(Locale.ROOT);
          candidates.removeIf(m -> !pronounOf.getOrDefault(groupOf.get(m), pronoun).equals(pronoun));
        }
        Mention antecedent = person ? (candidates.isEmpty() ? null : candidates.get(candidates.size() - 1))
            : organizationAntecedent(doc, candidates);
        if (antecedent != null) {
          Mention pronoun = new Mention(span, span.of(doc.text()), groupOf.get(antecedent).type(), s.index(),
              Mention.Source.COREFERENCE);
          groupOf.get(antecedent).mentions.add(pronoun);
          if (english) {
            groupOf.put(pronoun, groupOf.get(antecedent));
            englishChain.add(pronoun);
            pronounOf.put(groupOf.get(antecedent), t.word().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
  }

  /**
   * The person a biography is about, for a he or she far from any name: the one named more often than any other person
   * before {@code before} (its last mention), if there is one.
   */
  private static Optional<Mention> mainPerson(List<Mention> named, Map<Mention, Group> groupOf, int before) {
    Map<Group, List<Mention>> byPerson = new LinkedHashMap<>();
    for (Mention m : named) {
      if (m.span().begin() >= before) {
        break;
      }
      if (groupOf.get(m).type() == EntityType.PERSON) {
        byPerson.computeIfAbsent(groupOf.get(m), g -> new ArrayList<>()).add(m);
      }
    }
    List<List<Mention>> ranked = byPerson.values().stream()
        .sorted(Comparator.comparingInt((List<Mention> l) -> l.size()).reversed()).toList();
    if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(1).size() >= ranked.get(0).size()) {
      return Optional.empty();
    }
    return Optional.of(ranked.get(0).get(ranked.get(0).size() - 1));
  }

  /**
   * "From 2012 until 2014, he worked at …", "After that, she joined …": he or she as the subject right after an opening
   * phrase and its comma, the phrase holding no clause of its own (no finite verb, no other pronoun), the pronoun
   * followed by its verb.
   */
  private static boolean afterOpeningPhrase(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!ENGLISH_SUBJECT_PRONOUNS.contains(t.word()) && !ENGLISH_SUBJECT_PRONOUNS.contains(capitalized(t.word()))
        || !t.pos().equals("PRP") || i < 2 || !tokens.get(i - 1).word().equals(",") || i + 1 >= tokens.size()
        || !tokens.get(i + 1).pos().matches("VB.*|MD|RB")) {
      return false;
    }
    return noClauseBefore(tokens, i - 1);
  }

  /** An English he or she that the dependency parse makes the subject of a clause (nsubj, nsubj:pass). */
  private static boolean isClauseSubject(AnnotatedSentence sentence, int i) {
    Token t = sentence.tokens().get(i);
    return ENGLISH_SUBJECT_PRONOUNS.contains(capitalized(t.word())) && t.pos().equals("PRP")
        && sentence.dependencies().stream().anyMatch(d -> d.dependent() == i && d.relation().startsWith("nsubj"));
  }

  /** The words before the comma at {@code comma} are an opening phrase: no finite verb, pronoun or sentence break. */
  private static boolean noClauseBefore(List<Token> tokens, int comma) {
    return tokens.subList(0, comma).stream().noneMatch(t -> CLAUSE_TAG.matcher(t.pos()).matches()
        || t.word().matches("[.;:\"“”]"));
  }

  /** A name opening its sentence, or right after an opening phrase and its comma: the subject. */
  private static boolean opensClause(AnnotatedDocument doc, Mention m) {
    if (m.sentence() < 0 || m.sentence() >= doc.sentences().size()) {
      return false;
    }
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int first = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).span().begin() == m.span().begin()) {
        first = k;
        break;
      }
    }
    if (first == 0) {
      return true;
    }
    return first >= 2 && tokens.get(first - 1).word().equals(",") && noClauseBefore(tokens, first - 1);
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** The last word of a newspaper's or magazine's English name, by which news calls it again (the Journal, the Times). */
  private static final Pattern OUTLET_NOUN = Pattern.compile(
      "Journal|Times|Post|Herald|Tribune|Guardian|Telegraph|Chronicle|Globe|Gazette|Observer|Inquirer|Examiner|Review");
  private static final Pattern OUTLET_SHORT_NAME =
      Pattern.compile("\\b[Tt]he (" + OUTLET_NOUN.pattern() + ")\\b(?! (?:[A-Z]|of\\b))(?!['’]s [A-Z])");

  /**
   * "The Journal, citing people familiar with the matter, said …" after "The Wall Street Journal reported …": an
   * English outlet called again by the last word of its name with "the" (a capitalised noun, not a name's start: not
   * "the Times Group", "the Times of Malta"), after the full name; only when one outlet named before has that word.
   */
  private static void addOutletShortNames(AnnotatedDocument doc, Map<String, Group> groups) {
    String text = doc.text();
    // NER may have taken the bare noun for an organization of its own ("according to the Times"): that is the outlet.
    for (Group g : List.copyOf(groups.values())) {
      if (g.entry.isPresent() || !g.type().isOrganization()
          || !g.mentions.stream().allMatch(m -> OUTLET_NOUN.matcher(m.text()).matches())) {
        continue;
      }
      String noun = g.mentions.get(0).text();
      int first = g.mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(0);
      List<Group> outlets = groups.values().stream()
          .filter(o -> o != g && o.type() == EntityType.MEDIA_ORGANIZATION)
          .filter(o -> o.mentions.stream().anyMatch(m -> m.source() != Mention.Source.COREFERENCE
              && m.span().end() <= first && m.text().endsWith(" " + noun)))
          .toList();
      if (outlets.size() == 1 && g.mentions.stream().allMatch(m -> m.text().equals(noun))) {
        Group outlet = outlets.get(0);
        g.mentions.forEach(m -> outlet.mentions.add(new Mention(m.span(), m.text(), outlet.type(), m.sentence(),
            Mention.Source.COREFERENCE)));
        groups.remove(g.key);
      }
    }
    List<Mention> all = groups.values().stream().flatMap(g -> g.mentions.stream()).toList();
    Matcher m = OUTLET_SHORT_NAME.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      String noun = m.group(1);
      if (all.stream().anyMatch(o -> o.span().overlaps(span))) {
        continue;
      }
      List<Group> outlets = groups.values().stream()
          .filter(g -> g.type() == EntityType.MEDIA_ORGANIZATION)
          .filter(g -> g.mentions.stream().anyMatch(o -> o.source() != Mention.Source.COREFERENCE
              && o.span().end() <= span.begin() && o.text().length() > noun.length() && o.text().endsWith(" " + noun)))
          .toList();
      if (outlets.size() == 1) {
        Group outlet = outlets.get(0);
        outlet.mentions.add(new Mention(span, span.of(text), outlet.type(), doc.sentenceAt(span.begin()),
            Mention.Source.COREFERENCE));
      }
    }
  }

  /**
   * Whether a mention names a public body or school, by its own text or by its lexicon entry's full Chinese name
   * (清华 for 清华大学).
   */
  private static boolean notACompany(Mention m, Group g) {
    return NOT_A_COMPANY.matcher(m.text()).matches()
        || g.entry.map(e -> e.zh() != null && NOT_A_COMPANY.matcher(e.zh()).matches()).orElse(false);
  }

  /** 该公司 / 这家公司 starting at token {@code i}, as one token or as the segmenter often splits it (该 + 公司). */
  private static Optional<Span> organizationAnaphor(List<Token> tokens, int i) {
    StringBuilder words = new StringBuilder();
    for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
      words.append(tokens.get(j).word());
      if (ORGANIZATION_ANAPHORS.contains(words.toString())) {
        return Optional.of(new Span(tokens.get(i).span().begin(), tokens.get(j).span().end()));
      }
      if (ORGANIZATION_ANAPHORS.stream().noneMatch(a -> a.startsWith(words.toString()))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * What 该公司 / 这家公司 ("this company") stands for: in the nearest sentence that names an organization, the one
   * {@link Antecedents} prefers, its subject or else the first named (星河科技 in "星河科技本轮融资由甲资本和乙基金投资。
   * 该公司表示…", not the last investor named).
   */
  private static Mention organizationAntecedent(AnnotatedDocument doc, List<Mention> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    int sentence = candidates.get(candidates.size() - 1).sentence();
    List<Mention> inSentence = candidates.stream().filter(m -> m.sentence() == sentence).toList();
    return doc.sentences().stream().filter(s -> s.index() == sentence).findFirst()
        .flatMap(s -> Antecedents.choose(s, inSentence, Mention::span)).orElse(inSentence.get(0));
  }

  private static Entity toEntity(Group g) {
    Map<String, String> labels = new TreeMap<>();
    TreeSet<String> aliases = new TreeSet<>();
    Optional<String> wikidata = Optional.empty();
    if (g.entry.isPresent()) {
      LexiconEntry e = g.entry.get();
      if (!e.en().isEmpty()) {
        labels.put("en", e.en());
      }
      if (!e.zh().isEmpty()) {
        labels.put("zh", e.zh());
      }
      aliases.addAll(e.aliases());
      wikidata = e.wikidata();
    }
    List<Mention> named = g.mentions.stream().filter(m -> m.source() != Mention.Source.COREFERENCE).toList();
    // Without a lexicon entry, the longest form in each script is the label.
    for (Mention m : named) {
      String lang = EntityKeys.languageOf(m.text());
      labels.merge(lang, m.text(), (old, now) -> g.entry.isPresent() || old.length() >= now.length() ? old : now);
      aliases.add(m.text());
    }
    aliases.addAll(g.registeredNames);
    aliases.removeAll(labels.values());
    List<Mention> sorted = g.mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
    return new Entity(g.key, g.type(), new TreeMap<>(labels), aliases, wikidata, sorted);
  }
}
