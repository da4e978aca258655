package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Names in a closed English list of organizations (round 25): "teaming up with Acme Cloud, Initech, Quillon and the
 * Harbor AI Institute", "its clients include Vantor, 31bits, Nexora and Pellucid". Where at least two items of a list
 * of three or more are already named as organizations, and none as anything else, the items NER left untagged are
 * organizations of the same kind.
 */
final class EnglishLists {
  private EnglishLists() {}

  /**
   * A word of a name: capitalised, a digit first (31bits), or a lower-case letter before a capital (eBay); a full stop,
   * slash or ampersand only inside it (Pony.ai, Ex/ante, AT&T). No apostrophe: Jane's is a possessive, not a
   * name. No day of the week, which news style writes after a name (Acme, Initech and Quillon Monday said).
   */
  private static final String DAY = "(?:" + NamePatterns.WEEKDAYS + ")\\b";
  private static final String WORD = "(?!" + DAY + ")(?:[A-Z0-9]|[a-z](?=[A-Z]))(?:[A-Za-z0-9-]|[./&](?=[A-Za-z0-9]))*";
  /** A name of up to five words, with of, for, de or & between two of them (University of Tokyo, Center for AI). */
  private static final String NAME = WORD + "(?: (?:(?:of|for|de|&) )?" + WORD + "){0,4}";
  private static final String ITEM = "(?:the )?" + NAME;
  /**
   * Three items or more: commas between them, and or or before the last, with or without a comma; or, after "such as"
   * or "including", four or more with commas alone, as translated news writes them (such as A, B, C, D gathered …).
   */
  private static final Pattern LIST = Pattern.compile("(?<![A-Za-z0-9&'’./-])" + ITEM + "(?:, " + ITEM + ")+"
      + ",? (?:and|or) " + ITEM
      + "|(?<=\\b(?:such as|including) )" + ITEM + "(?:, " + ITEM + "){3,}(?![,A-Za-z0-9&'’-])"
      + "|(?<pair>(?<![A-Za-z0-9&'’./-]|, )" + ITEM + " and " + ITEM + ")");
  private static final Pattern SEPARATOR = Pattern.compile(",? (?:and|or) |, ");
  /** What continues a name past the list's last item: a possessive, another name word, a name's inner mark. */
  private static final Pattern RUNS_ON = Pattern.compile("^(?:['’]s?\\b| (?!" + DAY + ")(?:[A-Z0-9]|of [A-Z]|& )"
      + "|[A-Za-z0-9&-]|[./][A-Za-z0-9])");
  /** A possessive before the list: Acme's Cloud, Retail and Ads are Acme's units or brands, not organizations. */
  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:['’]s?|\\b(?:its|their|his|her|our|your)) $");
  /**
   * A noun of parts or things after the last item, which the items modify: the Cloud, Retail and Ads divisions, the
   * Orion, Vega and Lyra models.
   */
  private static final Pattern PARTS_AFTER = Pattern.compile("^ (?:divisions?|units?|business(?:es)?|brands?|"
      + "products?|teams?|groups?|segments?|arms?|platforms?|services?|models?|chips?|apps?|lines?|departments?|"
      + "labels?|series|versions?|editions?|features?|tools?)\\b");
  /** A prose word of the sentence: lower case, three letters or more, no list word. */
  private static final Pattern PROSE_WORD = Pattern.compile("(?<![A-Za-z0-9'’-])(?!(?:and|the|for)\\b)[a-z]{3,}\\b");

  /** The head of a name of a university or a research institute. */
  private static final Pattern RESEARCH_HEAD = Pattern.compile("\\b(?:University|Institute|College|Academy|"
      + "Laboratory|Laboratories)\\b|^(?:University|Institute|Academy) of\\b");

  /** Capitalised words that stand in lists without naming anything: kinds, sectors, calendar words. */
  private static final Set<String> NOT_NAMES = Stream.concat(NamePatterns.CALENDAR.stream(), Stream.of("AI", "AGI",
      "ML", "Research", "Development", "Engineering", "Marketing", "Sales", "Finance", "Operations", "Product",
      "Design", "Legal", "Others", "Government", "Academia", "Industry", "Healthcare", "Education", "Retail",
      "Manufacturing", "Media", "Science", "Technology", "Internet", "Cloud", "Mobile", "Web", "Spring", "Summer",
      "Autumn", "Fall", "Winter", "North", "South", "East", "West", "Europe", "Asia", "Africa", "America", "Americas"))
      .collect(Collectors.toUnmodifiableSet());

  /** The types a found item may have for its list to be one of organizations: all four subtypes. */
  private static final Set<EntityType> NOT_OF_A_KIND = EnumSet.of(EntityType.TOPIC);

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    List<Span> titles = doc.document().paragraphs().stream().filter(p -> p.role() == Paragraph.Role.TITLE)
        .map(Paragraph::span).toList();
    for (AnnotatedSentence sentence : doc.sentences()) {
      Span s = sentence.span();
      if (titles.stream().anyMatch(t -> t.overlaps(s))) {
        continue; // a headline capitalises its words: a list in it is no list of names
      }
      Matcher list = LIST.matcher(text).region(s.begin(), s.end());
      while (list.find()) {
        String after = text.substring(list.end(), Math.min(s.end(), list.end() + 16));
        if (RUNS_ON.matcher(after).find() || PARTS_AFTER.matcher(after).find()
            || POSSESSIVE_BEFORE.matcher(text.substring(Math.max(s.begin(), list.start() - 8), list.start())).find()) {
          continue;
        }
        String outside = text.substring(s.begin(), list.start()) + " " + text.substring(list.end(), s.end());
        if (!PROSE_WORD.matcher(outside).find()) {
          continue; // no lower-case word around the list: a title-case line, not a sentence of prose
        }
        addItems(doc, sentence, items(text, list), list.group("pair") != null, accepted);
      }
    }
  }

  /** The items of a list, each without the "the" before it. */
  private static List<Span> items(String text, Matcher list) {
    List<Span> items = new ArrayList<>();
    Matcher sep = SEPARATOR.matcher(text).region(list.start(), list.end());
    int from = list.start();
    while (true) {
      boolean more = sep.find();
      int to = more ? sep.start() : list.end();
      int begin = text.startsWith("the ", from) ? from + 4 : from;
      items.add(new Span(begin, to));
      if (!more) {
        return items;
      }
      from = sep.end();
    }
  }

  private static void addItems(AnnotatedDocument doc, AnnotatedSentence sentence, List<Span> items, boolean pair,
      List<Mention> accepted) {
    String text = doc.text();
    List<Mention> found = new ArrayList<>();
    List<Span> free = new ArrayList<>();
    Map<Mention, Span> opening = new LinkedHashMap<>();
    List<Mention> misread = new ArrayList<>();
    for (Span item : items) {
      List<Mention> overlapping = accepted.stream()
          .filter(m -> m.span().overlaps(item) && !NOT_OF_A_KIND.contains(m.type())).toList();
      Optional<Mention> whole = overlapping.stream().filter(m -> m.span().equals(item)).findFirst();
      if (whole.isPresent() && whole.get().type().isOrganization()) {
        found.add(whole.get());
      } else if (whole.isPresent() && whole.get().source() == Mention.Source.NER && !whole.get().text().contains(" ")
          && EnumSet.of(EntityType.PERSON, EntityType.PLACE).contains(whole.get().type())) {
        misread.add(whole.get()); // one word NER took for a person or a place: a company it misread, if the list is
      } else if (whole.isPresent()) {
        return; // a list of places, people or products: its other items are of their kind, not organizations
      } else if (overlapping.isEmpty()) {
        free.add(item);
      } else if (overlapping.size() == 1 && overlapping.get(0).type().isOrganization()
          && overlapping.get(0).span().begin() == item.begin() && overlapping.get(0).span().end() < item.end()
          && text.charAt(overlapping.get(0).span().end()) == ' ') {
        opening.put(overlapping.get(0), item); // Acme in Acme Cloud: the item is a longer name of the same kind
      } else if (overlapping.stream().anyMatch(m -> !m.type().isOrganization())) {
        return; // a person or a place inside an item (Jane Roe of Acme): a list of more than names of organizations
      }
    }
    if (pair ? found.size() != 1 || free.size() + misread.size() != 1
        : found.size() + opening.size() < 2 || found.isEmpty()) {
      return;
    }
    // The kind of an item without a school's head word: a company beside companies or schools (the AI industry's
    // consortia of firms and universities), a publication beside publications, else an organization of no stated kind.
    Set<EntityType> subtypes = EnumSet.noneOf(EntityType.class);
    found.stream().map(Mention::type).filter(t -> t != EntityType.ORGANIZATION).forEach(subtypes::add);
    EntityType kind = subtypes.isEmpty() ? EntityType.ORGANIZATION
        : subtypes.equals(EnumSet.of(EntityType.MEDIA_ORGANIZATION)) ? EntityType.MEDIA_ORGANIZATION
        : EntityType.COMPANY;
    for (Map.Entry<Mention, Span> opened : opening.entrySet()) {
      Mention part = opened.getKey();
      Span item = opened.getValue();
      String name = item.of(text);
      // a unit named after its parent (Acme Cloud), whose kind the list leaves open; the entity stage names the
      // parent inside it (NestedParents)
      EntityType type = RESEARCH_HEAD.matcher(name).find() ? EntityType.RESEARCH_ORGANIZATION
          : EntityType.ORGANIZATION;
      accepted.remove(part);
      accepted.add(new Mention(item, name, type, sentence.index(), Mention.Source.PATTERN));
    }
    for (Mention m : misread) {
      String name = m.text();
      boolean partOfPersonName = accepted.stream().anyMatch(p -> p.type() == EntityType.PERSON
          && p.text().contains(" ") && List.of(p.text().split(" ")).contains(name));
      if (!partOfPersonName && acceptable(doc, sentence, m.span(), name)) {
        LayeredMentionFinder.retypeNerReadings(accepted, name, kind);
      }
    }
    for (Span item : free) {
      String name = item.of(text);
      if (!acceptable(doc, sentence, item, name)) {
        continue;
      }
      EntityType type = RESEARCH_HEAD.matcher(name).find() ? EntityType.RESEARCH_ORGANIZATION : kind;
      accepted.removeIf(m -> m.span().overlaps(item) && m.type() == EntityType.TOPIC);
      accepted.add(new Mention(item, name, type, sentence.index(), Mention.Source.PATTERN));
    }
  }

  /**
   * Whether a free item of the list reads as a name: not the sentence's first words (a capitalised opener, "In
   * March"), not a kind or a calendar word, not a bare abbreviation of three letters or fewer, with a letter in it; one
   * word of a capital and lower-case letters only where the tagger calls it a proper noun.
   */
  private static boolean acceptable(AnnotatedDocument doc, AnnotatedSentence sentence, Span item, String name) {
    String before = doc.text().substring(sentence.span().begin(), item.begin());
    if (before.matches("[\\s\"“‘'(]*")) {
      return false;
    }
    if (NOT_NAMES.contains(name) || LayeredMentionFinder.SHORT_CAPS.matcher(name).matches()
        || !name.matches(".*[A-Za-z].*") || name.matches("\\d.*") && !name.matches("\\d+[A-Za-z].*")) {
      return false;
    }
    if (name.matches("[A-Z][a-z]+")) {
      List<Token> tokens = sentence.tokens().stream().filter(t -> t.span().equals(item)).toList();
      return tokens.size() == 1 && tokens.get(0).pos().startsWith("NNP");
    }
    return true;
  }
}
