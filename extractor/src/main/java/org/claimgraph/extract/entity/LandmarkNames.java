package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Chinese names of venues and geographic features, places by the guidelines (§3.1, named venues): a run NER tags
 * as a facility that ends in a venue's kind (某某国际机场, 某某商城, 某某国家公园, 某某大厦), or as a facility, an
 * organization or a miscellaneous name that ends in a site's kind (某某港, 某某水电站, 某某科技园); a proper noun followed by
 * a geographic kind word (某某盆地, 某某群岛, 某某湿地), which NER often leaves outside the place, splits by type or runs
 * on into the next place (某某盆地某某湖); and one proper noun that ends in a feature's character (某某河, 某某湖, 某某礁,
 * 某某窟). The kind words are those of
 * Chinese geography and building names (https://zh.wikipedia.org/wiki/地理学 , https://zh.wikipedia.org/wiki/建筑物).
 * Token words are read, which CoreNLP holds in simplified characters whatever the text's script. English venues
 * are read the same way from their last word: proper nouns and a venue's kind (London Zoo, Capitol Hill, 10 Downing
 * Street), or a mine (Raglan nickel mine), which NER leaves untagged or takes for an organization.
 */
public final class LandmarkNames {
  private LandmarkNames() {}

  /**
   * The kinds of a works or site a name ends in, which name the place and not the body that runs it: a port, a wharf,
   * a bridge, a power station, an oil depot, a technology or industrial park, a mall (某某港, 某某集装箱码头, 某某大桥,
   * 某某水电站, 某某科技园). Kinds from https://zh.wikipedia.org/wiki/港口 , https://zh.wikipedia.org/wiki/发电厂 and
   * https://zh.wikipedia.org/wiki/科技园区 .
   */
  private static final String SITE_KINDS = "港|码头|大桥|电站|油库|科技园|产业园|工业园|购物中心";
  /** The end of a facility's name that makes it a venue: an airport, a building, a mall, a park, a grotto, a line. */
  private static final Pattern VENUE_END = Pattern.compile(".*(?:机场|大厦|大楼|商城|商场|会展中心|会议中心|"
      + "展览中心|金融中心|贸易中心|体育中心|广场|公园|石窟|窟|线|车站|火车站|体育场|体育馆|" + SITE_KINDS + ")");
  /**
   * A run NER tags as an organization or a miscellaneous name that is a site's name (某某电站/ORGANIZATION): Chinese
   * from its first character (not a hashtag, #某某港) to a site's kind.
   */
  private static final Pattern SITE_END = Pattern.compile("\\p{IsHan}.*(?:" + SITE_KINDS + ")");
  /** The NER tags of a run read as a site when it ends in a site's kind: a facility, or a body or name NER misread. */
  private static final Set<String> SITE_RUN_TAGS = Set.of("FACILITY", "ORGANIZATION", "MISC");
  /** Building words a venue named after its owner ends in (某某电视台总部大楼), with no proper noun first. */
  private static final Pattern BUILDING_END = Pattern.compile(".*(?:大厦|大楼)");
  /** Geographic kind words that make a proper noun before them a feature's name (四川 + 盆地 is not 四川). */
  private static final Set<String> FEATURE_KINDS = Set.of("盆地", "湿地", "群岛", "半岛", "平原", "高原", "山脉", "沙漠",
      "海峡", "三角洲", "雨林", "峡谷", "草原", "石窟", "国家公园", "列岛", "码头", "大桥", "电站", "水电站");
  /** A wharf's kind, which may follow the cargo it handles after the name (集装箱码头). */
  private static final String WHARF = "码头";
  /** A proper noun of three or more characters ending in a feature's character: 某某河, 某某湖, 某某礁, 某某窟. */
  private static final Pattern FEATURE_WORD = Pattern.compile("\\p{IsHan}{2,}[湖河江礁窟岛湾峡港]");
  /** Characters that are not in given names, so a feature's word NER took for a person is still a feature. */
  private static final Pattern NOT_IN_GIVEN_NAMES = Pattern.compile(".*[礁窟峡湾]");

  /**
   * The last word of an English venue's name, after its proper nouns: generic words of English place names
   * (https://en.wikipedia.org/wiki/Street_suffix , https://en.wikipedia.org/wiki/Toponymy). The kinds a body is also
   * called by (Museum, Center, Hall) are left out, since the name then often means the body.
   */
  private static final Set<String> ENGLISH_VENUE_KINDS = Set.of("Street", "Avenue", "Square", "Bridge", "Airport",
      "Port", "Harbor", "Harbour", "Stadium", "Arena", "Zoo", "Room", "Hill");
  /** A mine's name is written with a lower-case kind, after its proper noun and maybe the metal (Xyz copper mine). */
  private static final String MINE = "mine";

  /** Adds the venues and features; each replaces the pieces of it that were read as names. */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    if (!LayeredMentionFinder.HAN.matcher(doc.text()).find()) {
      return;
    }
    for (AnnotatedSentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int facilityEnd = facilityRunEnd(tokens, i);
        if (facilityEnd > i) {
          venue(doc, tokens, i, facilityEnd, accepted);
          i = facilityEnd - 1;
          continue;
        }
        int kindEnd = featureKindEnd(tokens, i);
        if (kindEnd > i) {
          int begin = hyphenatedStart(tokens, cutNameStart(tokens, i));
          place(doc, new Span(begin, tokens.get(kindEnd - 1).span().end()), accepted, true);
          i = kindEnd - 1;
          continue;
        }
        Token t = tokens.get(i);
        if (t.pos().equals("NR") && FEATURE_WORD.matcher(t.word()).matches()
            && !t.ner().equals("ORGANIZATION")
            && (!t.ner().equals("PERSON") || NOT_IN_GIVEN_NAMES.matcher(t.word()).matches())) {
          place(doc, new Span(hyphenatedStart(tokens, i), t.span().end()), accepted, false);
        }
      }
    }
  }

  /**
   * Adds English venues (London Zoo, 10 Downing Street, Raglan nickel mine): proper nouns ending in a venue's kind,
   * or a proper noun and a mine, with no noun after it, which would make the name a modifier (Wall Street Journal,
   * Capitol Hill staff). A longer name around it keeps its words.
   */
  static void addEnglishVenues(AnnotatedDocument doc, List<Mention> accepted) {
    for (AnnotatedSentence sentence : doc.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        int begin = englishVenueStart(tokens, i);
        if (begin < i && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().startsWith("NN"))) {
          englishVenue(doc, new Span(tokens.get(begin).span().begin(), tokens.get(i).span().end()), accepted);
        }
      }
    }
  }

  /** The first token of an English venue whose kind is token {@code i}, or {@code i} when it ends none. */
  private static int englishVenueStart(List<Token> tokens, int i) {
    Token kind = tokens.get(i);
    int last = i - 1;
    if (kind.word().equals(MINE) && kind.pos().equals("NN")) {
      if (tokens.get(last).pos().equals("NN") && last > 0 && tokens.get(last).word().matches("\\p{Ll}+")) {
        last--; // the metal mined (nickel, copper)
      }
    } else if (!ENGLISH_VENUE_KINDS.contains(kind.word()) || !kind.pos().startsWith("NN")) {
      return i; // a capitalised kind is part of the name, though the tagger may read it as a common noun (Zoo/NN)
    }
    int begin = last + 1;
    while (begin > 0 && tokens.get(begin - 1).pos().equals("NNP") && !tokens.get(begin - 1).ner().equals("PERSON")
        && Character.isUpperCase(tokens.get(begin - 1).word().charAt(0))) {
      begin--;
    }
    if (begin > last) {
      return i; // no proper noun before the kind
    }
    if (begin > 0 && tokens.get(begin - 1).pos().equals("CD") && kind.word().equals("Street")) {
      begin--; // the house number of an address (10 Downing Street)
    }
    return begin;
  }

  private static void englishVenue(AnnotatedDocument doc, Span span, List<Mention> accepted) {
    List<Mention> longer =
        accepted.stream().filter(m -> m.span().overlaps(span) && !span.contains(m.span())).toList();
    if (!longer.stream().allMatch(m -> venuesRunTogether(doc.text(), m, span))) {
      return; // inside a longer name (Xyz Port Authority), or across one
    }
    accepted.removeAll(longer);
    // the venue nests around the place and the owner its name opens with (London in London Zoo); its name without
    // the house number (Downing Street in 10 Downing Street) goes
    accepted.removeIf(m -> m.span().end() == span.end() && span.contains(m.span())
        || span.contains(m.span()) && m.type() != EntityType.PLACE && !m.type().isOrganization());
    accepted.add(new Mention(span, span.of(doc.text()), EntityType.PLACE, doc.sentenceAt(span.begin()),
        Mention.Source.PATTERN));
  }

  /** The words that join a venue to the place it is in, which NER may run into one name (Xyz Room on Abc Hill). */
  private static final Pattern VENUE_JOINT = Pattern.compile(" (?:on|at|in) ");

  /** Whether organization {@code m} is the venue at {@code span} and the place it is in, run together by NER. */
  private static boolean venuesRunTogether(String text, Mention m, Span span) {
    if (!m.type().isOrganization() || !m.span().contains(span)) {
      return false;
    }
    String before = text.substring(m.span().begin(), span.begin());
    String after = text.substring(span.end(), m.span().end());
    return before.isEmpty() && VENUE_JOINT.matcher(after).lookingAt() || after.isEmpty() && before.length() > 4
        && VENUE_JOINT.matcher(before.substring(before.length() - 4)).matches();
  }

  /**
   * The end (exclusive) of NER's facility run starting at {@code i}, or of an organization or miscellaneous run there
   * that ends in a site's kind; {@code i} when none starts there.
   */
  private static int facilityRunEnd(List<Token> tokens, int i) {
    String tag = tokens.get(i).ner();
    if (!SITE_RUN_TAGS.contains(tag) || i > 0 && tokens.get(i - 1).ner().equals(tag)) {
      return i;
    }
    int end = i;
    StringBuilder words = new StringBuilder();
    while (end < tokens.size() && tokens.get(end).ner().equals(tag)) {
      words.append(tokens.get(end).word());
      end++;
    }
    return tag.equals("FACILITY") || SITE_END.matcher(words).matches() ? end : i;
  }

  /**
   * A facility run that names a venue: it ends in a venue's kind, opens with a proper noun or a number (or is an
   * owner's building of three words or more), and no noun follows, which would make it a modifier (某某机场集团).
   */
  private static void venue(AnnotatedDocument doc, List<Token> tokens, int from, int to, List<Mention> accepted) {
    StringBuilder words = new StringBuilder();
    tokens.subList(from, to).forEach(t -> words.append(t.word()));
    String first = tokens.get(from).pos();
    boolean opensWithName = first.equals("NR") || first.equals("CD");
    if (!VENUE_END.matcher(words).matches()
        || !opensWithName && !(to - from >= 3 && BUILDING_END.matcher(words).matches())
        || to < tokens.size() && tokens.get(to).pos().matches("NN|NR")) {
      return;
    }
    if (to - from == 2 && tokens.get(from + 1).pos().equals("NR") && first.equals("NR")
        && FEATURE_WORD.matcher(tokens.get(from + 1).word()).matches()) {
      // a place, then a feature's own name (某地 + 某某窟): two places, the second inside the first
      place(doc, tokens.get(from).span(), accepted, false);
      place(doc, tokens.get(from + 1).span(), accepted, false);
      return;
    }
    int begin = from;
    if (from > 0 && tokens.get(from - 1).pos().equals("NR") && PlaceUnits.PLACE_TAGS.contains(tokens.get(from - 1).ner())) {
      begin = from - 1; // the city a venue's name opens with: 某市 + 某某商城
    }
    Span span = new Span(tokens.get(begin).span().begin(), tokens.get(to - 1).span().end());
    if (accepted.stream().anyMatch(m -> m.span().overlaps(span) && !span.contains(m.span()))) {
      return; // a longer name there
    }
    // the venue nests around the place and the owner its name opens with; pieces NER read otherwise go
    accepted.removeIf(m -> m.span().equals(span) || span.contains(m.span()) && m.type() != EntityType.PLACE
        && !m.type().isOrganization());
    accepted.add(new Mention(span, span.of(doc.text()), EntityType.PLACE, doc.sentenceAt(span.begin()),
        Mention.Source.PATTERN));
  }

  /** The end (exclusive) of a feature's kind word after the name at {@code i}, or {@code i}. */
  private static int featureKindEnd(List<Token> tokens, int i) {
    Token name = tokens.get(i);
    boolean proper = name.pos().equals("NR") && !name.ner().equals("PERSON") && !name.ner().equals("ORGANIZATION");
    if (!proper && !PlaceUnits.PLACE_TAGS.contains(name.ner())) {
      return i; // a proper noun, or a word NER reads as a place (云冈/NN/GPE + 石窟)
    }
    String kind = "";
    for (int k = i + 1; k < Math.min(tokens.size(), i + 3); k++) {
      kind += tokens.get(k).word();
      if (FEATURE_KINDS.contains(kind)) {
        return k + 1;
      }
    }
    if (i + 2 < tokens.size() && tokens.get(i + 1).pos().equals("NN") && tokens.get(i + 2).word().equals(WHARF)) {
      return i + 3; // a wharf named by its place and its cargo: 某某集装箱码头, 某某煤炭码头
    }
    return i;
  }

  /** The first of the proper nouns of one NER tag ending at {@code i}: a transliteration cut into words (某某/斯). */
  private static int cutNameStart(List<Token> tokens, int i) {
    int begin = i;
    while (begin > 0 && !tokens.get(i).ner().equals("O") && tokens.get(begin - 1).pos().equals("NR")
        && tokens.get(begin - 1).ner().equals(tokens.get(i).ner())) {
      begin--;
    }
    return begin;
  }

  /** The start of a hyphenated name whose last part is token {@code i} (某某-某某湖), else the token's own. */
  private static int hyphenatedStart(List<Token> tokens, int i) {
    if (i > 0 && tokens.get(i - 1).pos().equals("NR") && tokens.get(i - 1).word().endsWith("-")
        && tokens.get(i - 1).span().end() == tokens.get(i).span().begin()) {
      return tokens.get(i - 1).span().begin();
    }
    return tokens.get(i).span().begin();
  }

  /**
   * Adds the place at {@code span}, replacing the names inside it. A place NER ran on past it (某某盆地某某湖) is cut
   * there when {@code cutLonger}: its rest is a place of its own; any other longer name keeps the words.
   */
  private static void place(AnnotatedDocument doc, Span span, List<Mention> accepted, boolean cutLonger) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if (!m.span().overlaps(span) || span.contains(m.span())) {
        continue;
      }
      if (!cutLonger || m.type() != EntityType.PLACE || m.source() != Mention.Source.NER
          || m.span().begin() != span.begin()) {
        return;
      }
      if (m.span().end() - span.end() < 2) {
        return;
      }
      accepted.remove(m);
      Span rest = new Span(span.end(), m.span().end());
      accepted.add(new Mention(rest, rest.of(text), EntityType.PLACE, m.sentence(), m.source()));
    }
    accepted.removeIf(m -> span.contains(m.span()));
    accepted.add(new Mention(span, span.of(text), EntityType.PLACE, doc.sentenceAt(span.begin()),
        Mention.Source.PATTERN));
  }
}
