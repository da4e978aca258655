package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.lexicon.LexiconMatch;
import org.claimgraph.extract.lexicon.LexiconMatcher;

/**
 * Passes of {@link LayeredMentionFinder} for names that the earlier passes cut into pieces or read as something else:
 * a name that holds a known name (Stanford Research Park), places joined by an en dash, units under an abbreviated
 * academy, companies named in quotes or with a bracketed Latin form, Latin names after a founding verb.
 */
final class CompoundNames {
  private CompoundNames() {}

  /** Function words, and heads of other bodies' names (中科院物理所与某大学研究中心 names two bodies). */
  private static final String NOT_IN_FIELD = "的是在为于对把被从向将了和与及、所院校局部";
  /** A unit's head after its fields (化学与材料研究所), the fields joined by 与, 和 or 及. */
  private static final Pattern UNIT_AFTER_PARENT = Pattern.compile(
      "^((?:[\\p{IsHan}&&[^" + NOT_IN_FIELD + "]]{2,6}[与和及])?[\\p{IsHan}&&[^" + NOT_IN_FIELD + "]]{2,6}?)"
          + "(研究所|研究院|研究中心|实验室|實驗室)");

  /**
   * 某科学院化学与材料研究所所长: a unit named after its abbreviated parent (a research body the lexicon knows, ending in
   * 院) and two fields joined by 与. NER cuts it at 与 and a title reads 研究所 as its own; the whole unit is one research
   * organization (the parent is named inside it by {@link NestedParents}). Only with a field joiner: a plain field
   * (某大学材料研究所) the earlier passes already name whole.
   */
  static void addUnitsWithCoordinatedFields(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention parent : List.copyOf(accepted)) {
      if (parent.type() != EntityType.RESEARCH_ORGANIZATION || parent.source() != Mention.Source.LEXICON
          || !parent.text().endsWith("院")) {
        continue;
      }
      Matcher m = UNIT_AFTER_PARENT.matcher(text).region(parent.span().end(), text.length());
      if (!m.lookingAt() || !m.group(1).matches(".*[与和及].*")) {
        continue;
      }
      Span unit = new Span(parent.span().begin(), m.end());
      if (accepted.stream().anyMatch(o -> o.span().overlaps(unit) && !unit.contains(o.span()))) {
        continue;
      }
      accepted.removeIf(o -> unit.contains(o.span()));
      accepted.add(new Mention(unit, unit.of(text), EntityType.RESEARCH_ORGANIZATION, parent.sentence(),
          Mention.Source.PATTERN));
    }
  }

  /** A generic company noun and a quoted name after a place: 杭州企业「某某」, 深圳公司“某某科技”. */
  private static final Pattern QUOTED_AFTER_HEAD = Pattern.compile(
      "^(?:企业|公司|初创企业|初创公司|创企|科技公司|科技企业|厂商)[「“『\"]([^「」“”『』\"，。、；：！？\\s]{2,12})[」”』\"]");

  /**
   * "杭州企业「云岫智联」": a name in quotes after a place and a generic company noun is a company's (NER rarely tags a
   * quoted coinage). Only after a place: 企业「降本增效」 quotes a slogan.
   */
  static void addQuotedCompanies(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    String text = doc.text();
    for (Mention place : placesBeforeHeads(doc, accepted, lexicon)) {
      Matcher m = QUOTED_AFTER_HEAD.matcher(text).region(place.span().end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Span name = new Span(m.start(1), m.end(1));
      Span placeAndHead = new Span(place.span().begin(), m.start(1) - 1);
      if (accepted.stream().anyMatch(o -> o.span().overlaps(name) && o.source() == Mention.Source.LEXICON)) {
        continue;
      }
      // 深圳公司 read as one organization: the place stays, the head noun names nothing.
      accepted.removeIf(o -> o.span().overlaps(name)
          || o.span().equals(placeAndHead) && o.source() == Mention.Source.NER);
      if (accepted.stream().noneMatch(o -> o.span().overlaps(place.span()))) {
        accepted.add(place);
      }
      accepted.add(new Mention(name, name.of(text), EntityType.COMPANY, doc.sentenceAt(name.begin()),
          Mention.Source.PATTERN));
    }
  }

  /** The places mentioned, and the known places that open an NER organization's name (深圳公司). */
  private static List<Mention> placesBeforeHeads(AnnotatedDocument doc, List<Mention> accepted,
      LexiconMatcher lexicon) {
    List<Mention> places = new ArrayList<>();
    for (Mention m : accepted) {
      if (m.type() == EntityType.PLACE) {
        places.add(m);
      } else if (m.source() == Mention.Source.NER && m.type().isOrganization()) {
        for (LexiconMatch l : lexicon.find(m.text())) {
          if (l.span().begin() == 0 && l.entry().type() == EntityType.PLACE) {
            Span s = new Span(m.span().begin(), m.span().begin() + l.span().end());
            places.add(new Mention(s, s.of(doc.text()), EntityType.PLACE, m.sentence(), Mention.Source.LEXICON));
          }
        }
      }
    }
    return places;
  }

  /** A Latin form in ASCII or full-width brackets, then a company noun: 某某图像(Xyz Images)公司. */
  private static final Pattern BRACKETED_LATIN_THEN_COMPANY = Pattern.compile(
      "[(（]([A-Za-z][A-Za-z0-9 .&'’-]{0,60}[A-Za-z0-9.])[)）](?:股份有限公司|有限公司|公司|集团)");

  /**
   * "丹佛的某某图像(Xyz Images)公司": the Han name right before a bracketed Latin form and a company noun is a company,
   * and the Latin form its other name (the resolver joins a bracketed form to the name before it). The Han name is
   * the nouns right before the bracket, back to the first word that is no noun (的, 于) or a place.
   */
  static void addCompaniesBeforeBracketedLatin(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher m = BRACKETED_LATIN_THEN_COMPANY.matcher(text);
    while (m.find()) {
      int s = doc.sentenceAt(m.start());
      if (s < 0) {
        continue;
      }
      List<Token> tokens = doc.sentences().get(s).tokens();
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).span().end() == m.start()) {
          last = i;
        }
      }
      int first = last;
      while (first >= 0 && first > last - 3 && tokens.get(first).pos().matches("NR|NN")
          && tokens.get(first).word().matches("\\p{IsHan}+")
          && m.start() - tokens.get(first).span().begin() <= 8) {
        int at = first;
        if (accepted.stream().anyMatch(o -> o.type() == EntityType.PLACE
            && o.span().overlaps(tokens.get(at).span()))) {
          break;
        }
        first--;
      }
      first++;
      if (last < 0 || first > last) {
        continue;
      }
      Span han = new Span(tokens.get(first).span().begin(), m.start());
      Span latin = new Span(m.start(1), m.end(1));
      if (han.length() < 2 || LayeredMentionFinder.isGenericOrganization(han.of(text)) || accepted.stream()
          .anyMatch(o -> o.span().overlaps(han) && o.source() == Mention.Source.LEXICON)) {
        continue;
      }
      Span whole = new Span(han.begin(), m.end());
      accepted.removeIf(o -> o.span().overlaps(whole) && o.source() != Mention.Source.LEXICON);
      accepted.add(new Mention(han, han.of(text), EntityType.COMPANY, s, Mention.Source.PATTERN));
      if (accepted.stream().noneMatch(o -> o.span().overlaps(latin))) {
        accepted.add(new Mention(latin, latin.of(text), EntityType.COMPANY, s, Mention.Source.PATTERN));
      }
    }
  }

  /** A company's head noun, then its name in Latin letters in brackets: 某某航空公司(Xyz Air), 某某事务所(ABC). */
  private static final Pattern COMPANY_HEAD_THEN_BRACKETED_LATIN = Pattern.compile(
      "(?:公司|集团|集團|事务所|事務所)[(（]([A-Z][A-Za-z0-9 .&'’-]{0,60}[A-Za-z0-9.])[)）]");
  /** Words before a company's name that say how it belongs to another or what it does, never part of its name. */
  private static final Set<String> BEFORE_COMPANY_NAME = Set.of("旗下", "下属", "下屬", "子公司", "母公司", "公司",
      "集团", "集團", "企业", "企業", "品牌", "平台", "运营商", "營運商", "营运商", "運營商", "供应商", "供應商", "服务商",
      "服務商", "开发商", "開發商", "制造商", "製造商", "合作伙伴", "合作夥伴", "包括", "以及", "其中");
  /** Tags of the words of a company's Han name: nouns, names and adjectives (大都会 read as 大 + 都会). */
  private static final Pattern COMPANY_NAME_TAGS = Pattern.compile("NN|NR|JJ");

  /**
   * "旗下某国航空公司(Xyz Air)", "任职于某某建筑事务所(ABC)": the Han name that ends in a company's head noun right
   * before its bracketed Latin name is a company, however common its words (NER takes 某国 for a place and leaves
   * 航空公司 as a description), and the Latin form its other name. The Han name is the nouns right before the head,
   * back to a word that is no noun (的, 于, a verb) or a word of belonging or of trade (旗下, 营运商). A place opening
   * the nouns belongs to the name when the rest is only common nouns (某国航空公司), not when a name follows it
   * (某国星河咨询公司 is 星河咨询公司).
   */
  static void addCompaniesBeforeBracketedGloss(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher m = COMPANY_HEAD_THEN_BRACKETED_LATIN.matcher(text);
    while (m.find()) {
      int s = doc.sentenceAt(m.start());
      int bracket = m.start(1) - 1;
      if (s < 0) {
        continue;
      }
      List<Token> tokens = doc.sentences().get(s).tokens();
      int last = doc.sentences().get(s).tokenEndingAt(bracket);
      if (last < 0) {
        continue;
      }
      int first = last;
      while (first > 0 && last - first < 5 && COMPANY_NAME_TAGS.matcher(tokens.get(first - 1).pos()).matches()
          && tokens.get(first - 1).word().matches("\\p{IsHan}+")
          && !BEFORE_COMPANY_NAME.contains(tokens.get(first - 1).word())
          && tokens.get(first - 1).span().end() == tokens.get(first).span().begin()) {
        first--;
      }
      int begin = tokens.get(first).span().begin();
      // A place opening the name: part of it before common nouns only, else a place the name is only said to be in.
      int afterPlaces = begin;
      for (Mention p : accepted) {
        if (p.type() == EntityType.PLACE && p.span().begin() == afterPlaces && p.span().end() < bracket) {
          afterPlaces = p.span().end();
        }
      }
      int restBegin = afterPlaces;
      boolean namedRest = tokens.subList(first, last + 1).stream()
          .anyMatch(t -> t.span().begin() >= restBegin && t.pos().equals("NR"));
      if (namedRest) {
        begin = afterPlaces;
      }
      Span han = new Span(begin, bracket);
      Span latin = new Span(m.start(1), m.end(1));
      String name = han.of(text);
      boolean latinPhrase = latin.of(text).contains(" ");
      if (name.length() < 4 || name.length() > 12 || accepted.stream().anyMatch(o -> o.span().equals(han))
          || LayeredMentionFinder.isGenericOrganization(name) && !(begin < afterPlaces && latinPhrase)
          || LayeredMentionFinder.isGenericOrganization(text.substring(afterPlaces, bracket))
          && begin == afterPlaces) {
        continue;
      }
      accepted.removeIf(o -> o.span().overlaps(han) && han.contains(o.span()) && o.type() != EntityType.TOPIC);
      accepted.removeIf(o -> o.span().overlaps(han) && !han.contains(o.span()) && o.source() == Mention.Source.NER
          && o.type().isOrganization() && o.span().begin() >= han.begin());
      if (accepted.stream().anyMatch(o -> o.span().overlaps(han) && o.type() != EntityType.TOPIC)) {
        continue;
      }
      accepted.add(new Mention(han, name, EntityType.COMPANY, s, Mention.Source.PATTERN));
      if (accepted.stream().noneMatch(o -> o.span().overlaps(latin))) {
        accepted.add(new Mention(latin, latin.of(text), EntityType.COMPANY, s, Mention.Source.PATTERN));
      }
    }
  }

  private static final String LATIN = "[A-Z][A-Za-z0-9.&-]*[a-z0-9][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*";
  /** A founding verb and the Latin names it founded, listed: 创办Xyz和Abc, 联合创立了Xyz. */
  private static final Pattern FOUNDED_LATIN = Pattern.compile("(?:创办|创立|共同创办|联合创办|联合创立)了?"
      + "(" + LATIN + "(?:(?:和|与|及|、)" + LATIN + ")*)(?![A-Za-z0-9])");
  private static final Pattern ONE_LATIN = Pattern.compile(LATIN);

  /**
   * "与合伙人创办Xyz和Abc": a Latin name a founding verb takes in Chinese text is a company's (NER reads such names as
   * people), and so is every mention of it. Not a name the lexicon knows as something else.
   */
  static void addFoundedLatinCompanies(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Set<String> companies = new HashSet<>();
    Matcher m = FOUNDED_LATIN.matcher(text);
    while (m.find()) {
      Matcher one = ONE_LATIN.matcher(text).region(m.start(1), m.end(1));
      while (one.find()) {
        Span name = new Span(one.start(), one.end());
        List<Mention> over = accepted.stream().filter(o -> o.span().overlaps(name)).toList();
        if (over.stream().anyMatch(o -> o.source() == Mention.Source.LEXICON
            || o.type() != EntityType.PERSON && !o.span().equals(name))) {
          continue;
        }
        accepted.removeAll(over);
        accepted.add(new Mention(name, name.of(text), EntityType.COMPANY, doc.sentenceAt(name.begin()),
            Mention.Source.PATTERN));
        companies.add(name.of(text));
      }
    }
    accepted.replaceAll(o -> o.type() == EntityType.PERSON && companies.contains(o.text())
        ? new Mention(o.span(), o.text(), EntityType.COMPANY, o.sentence(), o.source()) : o);
  }

  /** "Industry Minister Jane Roe": the word before Minister names a portfolio. */
  private static final Pattern MINISTER_AFTER = Pattern.compile("^ (?:Minister|Ministers|minister)\\b");

  /** A portfolio before Minister (Industry Minister, Finance Minister) is no organization, unless the lexicon knows it. */
  static void dropPortfoliosBeforeMinister(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    accepted.removeIf(o -> o.type().isOrganization() && o.source() != Mention.Source.LEXICON
        && MINISTER_AFTER.matcher(text).region(o.span().end(), text.length()).lookingAt());
  }

  /** An en dash and a capitalised word after a place: Ottawa–Vanier. */
  private static final Pattern EN_DASH_PART = Pattern.compile("^(?:–[A-Z][a-z][A-Za-z'.]*)+(?![A-Za-z])"
      // a link between the two places, not one place (the X–Y line, X–Y relations)
      + "(?! (?:high-speed )?(?:railway|railroad|rail|line|route|corridor|highway|motorway|train|flights?|border|"
      + "pipeline|relations|talks|summit|match|game|bridge|tunnel)\\b)");

  /**
   * "the riding of Ottawa–Vanier": a place joined by an en dash to a capitalised word is one place (an electoral
   * district, a twin city), not the place and a person. Two places the lexicon knows (Paris–Berlin) stay apart, and so
   * do two places a link noun follows (the X–Y line).
   */
  static void joinEnDashPlaces(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention place : List.copyOf(accepted)) {
      if (place.type() != EntityType.PLACE || !accepted.contains(place)) {
        continue;
      }
      Matcher m = EN_DASH_PART.matcher(text).region(place.span().end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Span whole = new Span(place.span().begin(), m.end());
      Span rest = new Span(place.span().end() + 1, m.end());
      if (accepted.stream().anyMatch(o -> o.span().overlaps(rest) && o.type() == EntityType.PLACE
          && o.source() == Mention.Source.LEXICON)) {
        continue;
      }
      accepted.removeIf(o -> o.span().overlaps(whole));
      accepted.add(new Mention(whole, whole.of(text), EntityType.PLACE, place.sentence(), Mention.Source.PATTERN));
    }
  }

  /** A possessive and "of" between an organization's name and a place's: the middle of Smith’s of Dover. */
  private static final Pattern POSSESSIVE_OF = Pattern.compile("['’]s of ");

  /**
   * "Smith’s of Dover": a name in the possessive, "of" and a place is one organization's name (a firm or a shop
   * named after its founder and its town), not the founder's firm and a place. English NER reads such a name whole
   * with a straight apostrophe but cuts it at a curly one; both forms are joined here.
   */
  static void joinPossessiveOfPlaceNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention org : List.copyOf(accepted)) {
      // NER reads the founder's name of such a firm as a person's now and then (Harcourt’s of Bristol)
      if (!(org.type().isOrganization() || org.type() == EntityType.PERSON) || !accepted.contains(org)
          || !org.text().matches("[A-Z][A-Za-z.&-]*")) {
        continue;
      }
      Matcher m = POSSESSIVE_OF.matcher(text).region(org.span().end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Optional<Mention> place = accepted.stream().filter(o -> o.type() == EntityType.PLACE
          && o.span().begin() == m.end() && o.text().matches("[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?")).findFirst();
      if (place.isEmpty()) {
        continue;
      }
      Span whole = new Span(org.span().begin(), place.get().span().end());
      accepted.removeIf(o -> o.span().overlaps(whole));
      EntityType type = org.type() == EntityType.PERSON ? EntityType.ORGANIZATION : org.type();
      accepted.add(new Mention(whole, whole.of(text), type, org.sentence(), Mention.Source.PATTERN));
    }
  }

  /**
   * A possessive and a capitalised noun for a kind of shop or venue after a first name: Joe’s Diner, Kay’s Bakery, a
   * chain named after its founder (Sam’s Club). Not a capitalised word before it (Ann Lee’s Kitchen is hers).
   */
  private static final Pattern POSSESSIVE_BUSINESS = Pattern.compile("['’]s (?:Club|Clubs|Restaurant|Restaurants|"
      + "Kitchen|Diner|Bakery|Cafe|Café|Pub|Grill|Tavern|Market|Markets|Store|Stores|Shop|Pharmacy|Garage|Deli)"
      + "(?![\\p{L}'’])");

  private static final Pattern POSSESSIVE_BUSINESS_WHOLE = Pattern.compile("[A-Z][a-z]+"
      + POSSESSIVE_BUSINESS.pattern());

  /**
   * "Sam’s Club": a first name NER read as a person's, a possessive and a noun for a kind of shop make one company's
   * name; the first name is no person of its own.
   */
  static void joinPossessiveBusinessNames(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention person : List.copyOf(accepted)) {
      if (person.type() != EntityType.PERSON || !accepted.contains(person)) {
        continue;
      }
      if (POSSESSIVE_BUSINESS_WHOLE.matcher(person.text()).matches()
          && !precededByCapitalisedWord(text, person.span().begin())) {
        accepted.set(accepted.indexOf(person), new Mention(person.span(), person.text(), EntityType.COMPANY,
            person.sentence(), Mention.Source.PATTERN)); // NER took the whole name for a person's
        continue;
      }
      if (!person.text().matches("[A-Z][a-z]+") || person.span().begin() > 0
          && Character.isLetterOrDigit(text.charAt(person.span().begin() - 1))) {
        continue;
      }
      Matcher m = POSSESSIVE_BUSINESS.matcher(text).region(person.span().end(), text.length());
      if (!m.lookingAt() || precededByCapitalisedWord(text, person.span().begin())) {
        continue;
      }
      Span whole = new Span(person.span().begin(), m.end());
      accepted.removeIf(o -> o.span().overlaps(whole));
      accepted.add(new Mention(whole, whole.of(text), EntityType.COMPANY, person.sentence(), Mention.Source.PATTERN));
    }
  }

  /** Whether a capitalised word ends right before {@code begin}, a space apart. */
  private static boolean precededByCapitalisedWord(String text, int begin) {
    return PRECEDING_CAPITALISED.matcher(text.substring(Math.max(0, begin - 30), begin)).find();
  }

  private static final Pattern PRECEDING_CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}.-]* $");

  /** Capitalised words and a place's head noun after a name: Research Park, Square. */
  private static final Pattern PLACE_HEAD_AFTER = Pattern.compile(
      "^(?: [A-Z][a-z]+){0,2} (?:Park|Square|Plaza|Street|Avenue|Boulevard)(?![A-Za-z])(?! [A-Z])");

  /**
   * "Stanford Research Park": a known organization's name opening a longer capitalised name that ends in a place's
   * head noun is part of that place's name, as a known surname is part of another person's full name.
   */
  static void placesHoldingOrganizations(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention org : List.copyOf(accepted)) {
      if (!org.type().isOrganization() || !accepted.contains(org) || !org.text().matches("[A-Z][A-Za-z .&-]*")) {
        continue;
      }
      Matcher m = PLACE_HEAD_AFTER.matcher(text).region(org.span().end(), text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Span whole = new Span(org.span().begin(), m.end());
      accepted.removeIf(o -> o.span().overlaps(whole));
      accepted.add(new Mention(whole, whole.of(text), EntityType.PLACE, org.sentence(), Mention.Source.PATTERN));
    }
  }
}
