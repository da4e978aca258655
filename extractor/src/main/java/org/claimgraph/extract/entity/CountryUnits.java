package org.claimgraph.extract.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.KbpGazetteer;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * The pass of {@link LayeredMentionFinder} that reads a country written into an organization's name as part of that
 * name, not as a mention of the place: a company's unit in a country, named by the company and the country
 * (某某资本中国, ABC中国副总裁, XY中国团队), is an organization of its own that holds both names. The annotated articles
 * list such a unit (红杉资本中国 style) and neither the country nor the company it belongs to, when the text names them
 * nowhere else. English names such a unit the same way, by the parent's name and a country or city (Acme France,
 * Initech Zurich); see {@link #addEnglishUnits}.
 */
final class CountryUnits {
  /** Tags of a word after the unit's name that no noun goes on past it with: a verb, an adverb, a mark, a particle. */
  private static final Pattern ENDING_TAGS = Pattern.compile("VV|VC|VE|VA|AD|P|PU|CC|DEG|DEC|ETC");
  /** Nouns for the staff or the legal form of a unit that may follow its name: 某某中国团队, 某某中国公司. */
  private static final Pattern UNIT_NOUN = Pattern.compile("团队|團隊|公司|分公司|员工|員工|办公室|辦公室");
  /** Not an outlet: a news agency's dateline puts its place right after its name (某某社北京3月9日电). */
  private static final Set<EntityType> ORGANIZATION_TYPES =
      EnumSet.of(EntityType.COMPANY, EntityType.ORGANIZATION, EntityType.RESEARCH_ORGANIZATION);

  private CountryUnits() {}

  /** CoreNLP's Chinese gazetteer's countries, read once. */
  private static final class Countries {
    static final Map<String, String> KINDS = KbpGazetteer.classesOf(KbpGazetteer.CHINESE, Set.of("COUNTRY"));
  }

  /**
   * Continents and world regions, larger than a country (https://zh.wikipedia.org/wiki/洲), which the gazetteer does not
   * list: 欧洲 of 欧洲某某中心 is as much part of the name as a country.
   */
  private static final Pattern REGION = Pattern.compile("欧洲|亚洲|非洲|北美|南美|拉美|大洋洲|中东|亚太");

  /** Whether a place's name is a country's or a larger region's, in either script. */
  static boolean isCountry(String place) {
    String name = Languages.simplified(place);
    return Countries.KINDS.containsKey(name) || REGION.matcher(name).matches();
  }

  /**
   * A unit named in English by an organization's name and a place's (Acme France, Initech Zurich, Globex U.K.): the
   * unit is an organization of its own, of its parent's type, and both the parent and the place stay mentioned inside
   * it, as the annotated articles list them (guidelines §8.1, the parent named inside a unit's name, and §8.2, a place
   * in an organization's own name). The place is a country, a state or a place the lexicon knows, and the name ends
   * after it: what follows is no noun that the place modifies (the Acme Paris office, Initech Europe sales), which
   * CoreNLP's NER may take into one name with the parent, but a possessive, a mark, a verb, a function word or a job
   * title. An outlet's name before a place is a dateline's (Reuters London), so no outlet is a parent.
   */
  static void addEnglishUnits(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon,
      TitleLexicon titles) {
    String text = doc.text();
    for (Mention parent : List.copyOf(accepted)) {
      if (!ORGANIZATION_TYPES.contains(parent.type()) || parent.source() == Mention.Source.COREFERENCE
          || parent.sentence() < 0 || !LATIN_NAME.matcher(parent.text()).matches()) {
        continue;
      }
      AnnotatedSentence sentence = doc.sentences().get(parent.sentence());
      List<Token> tokens = sentence.tokens();
      int first = sentence.tokenStartingAt(parent.span().end() + 1);
      if (first < 0 || text.charAt(parent.span().end()) != ' ') {
        continue;
      }
      for (int last = Math.min(tokens.size(), first + MAX_PLACE_WORDS) - 1; last >= first; last--) {
        Span place = new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
        Span unit = new Span(parent.span().begin(), place.end());
        if (!isPlaceName(place.of(text), lexicon)) {
          continue;
        }
        if (endsEnglishName(text, tokens, last + 1, titles)
            && accepted.stream().noneMatch(m -> m.span().overlaps(unit) && !unit.contains(m.span())
                || m.span().equals(unit))) {
          if (accepted.stream().noneMatch(m -> m.span().overlaps(place))) {
            accepted.add(new Mention(place, place.of(text), EntityType.PLACE, parent.sentence(),
                Mention.Source.LEXICON));
          }
          accepted.add(new Mention(unit, unit.of(text), parent.type(), parent.sentence(), Mention.Source.PATTERN));
        }
        break;
      }
    }
  }

  /** The most words of a place's name after its unit's parent (Bosnia and Herzegovina). */
  private static final int MAX_PLACE_WORDS = 3;
  /**
   * Tags of the word after a unit's English name that no noun goes on past it with: a possessive, a mark, a verb, an
   * adverb, a preposition, a conjunction or a relative pronoun (Acme France's, Acme France said, Acme France in 2021).
   */
  private static final Pattern ENGLISH_ENDING_TAGS =
      Pattern.compile("POS|,|\\.|:|``|''|-LRB-|-RRB-|VB.?|MD|RB.?|IN|CC|TO|WDT|WP|WRB");

  /**
   * The English name ends before token {@code next}: none follows in the sentence, or it has an ending tag or opens a
   * title.
   */
  private static boolean endsEnglishName(String text, List<Token> tokens, int next, TitleLexicon titles) {
    if (next >= tokens.size()) {
      return true;
    }
    Token token = tokens.get(next);
    return ENGLISH_ENDING_TAGS.matcher(token.pos()).matches()
        || titles.find(text.substring(token.span().begin(), Math.min(text.length(), token.span().begin() + 30)), 0)
            .stream().anyMatch(t -> t.span().begin() == 0);
  }

  /** Capitalised words, the way an English organization's name is written. */
  private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*)*");

  /** A country, a state or a province by CoreNLP's gazetteer, or a place the lexicon knows, whole. */
  private static boolean isPlaceName(String name, LexiconMatcher lexicon) {
    return KbpGazetteer.englishRegions().containsKey(name.toLowerCase(Locale.ROOT))
        || lexicon.find(name).stream().anyMatch(m -> m.entry().type() == EntityType.PLACE && m.span().begin() == 0
            && m.span().end() == name.length());
  }

  static void addTo(AnnotatedDocument doc, List<Mention> accepted, TitleLexicon titles) {
    String text = doc.text();
    for (Mention parent : List.copyOf(accepted)) {
      if (!ORGANIZATION_TYPES.contains(parent.type()) || parent.source() == Mention.Source.COREFERENCE
          || parent.sentence() < 0) {
        continue;
      }
      Optional<Mention> country = accepted.stream().filter(m -> m.type() == EntityType.PLACE
          && m.span().begin() == parent.span().end() && isCountry(m.text())).findFirst();
      if (country.isEmpty() || !endsName(doc, parent.sentence(), country.get().span().end(), titles)) {
        continue;
      }
      Span unit = new Span(parent.span().begin(), country.get().span().end());
      accepted.remove(parent);
      accepted.remove(country.get());
      accepted.add(new Mention(unit, unit.of(text), parent.type(), parent.sentence(), Mention.Source.PATTERN));
    }
  }

  /**
   * The unit's name ends at {@code end}: a job title, a word for its staff or legal form, a verb or a mark follows
   * (某某中国副总裁, 某某中国团队, 某某中国表示), not another noun (某某中国市场, 某某台湾商用业务处).
   */
  private static boolean endsName(AnnotatedDocument doc, int sentence, int end, TitleLexicon titles) {
    String text = doc.text();
    AnnotatedSentence s = doc.sentences().get(sentence);
    if (end >= s.span().end()) {
      return true;
    }
    Optional<Token> next = s.tokens().stream().filter(t -> t.span().begin() == end).findFirst();
    if (next.isEmpty()) {
      return false; // the country's name runs on inside one word (中国人, 中国籍)
    }
    return ENDING_TAGS.matcher(next.get().pos()).matches() || UNIT_NOUN.matcher(next.get().word()).matches()
        || titles.find(text.substring(end, Math.min(text.length(), end + 12)), 0).stream()
            .anyMatch(t -> t.span().begin() == 0);
  }
}
