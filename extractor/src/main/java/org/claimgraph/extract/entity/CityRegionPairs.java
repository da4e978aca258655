package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.KbpGazetteer;

/**
 * English address forms, "City, Region" (guideline 8.2: smaller, then larger): born in Clayton, Missouri; based in
 * Cambridge, Massachusetts. NER may read the pair as one place, miss the city, or read the city as a person; the
 * region is known by CoreNLP's fine tags (STATE_OR_PROVINCE, COUNTRY) or, for an abbreviation (Calif.), by the lexicon.
 * The city is a place of its own, and the LOCATED_IN rules of organizations.rules then see two places.
 */
final class CityRegionPairs {
  private CityRegionPairs() {}

  private static final Set<String> LARGER = Set.of("STATE_OR_PROVINCE", "COUNTRY");
  /** One to three capitalised words ending right before ", " (Milton Keynes, Płock, St. Louis). */
  private static final Pattern NAME_BEFORE_COMMA =
      Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{L}'’-]*\\.?(?: \\p{Lu}[\\p{L}'’-]*){0,2}), $");
  /** The word before a place of an address: born in X, based in X, moved to X, from X. */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?:^|\\s)(?:in|from|near|outside|to) $");
  /** An article before "the Sunnyvale, Calif.-based firm". */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:^|\\s)(?:[Tt]he|[Aa]n?) $");
  /** What may follow the region: the clause goes on, or "-based". Not a possessive (Texas's senator). */
  private static final Pattern AFTER_REGION = Pattern.compile("^(?:[,.;:)]|\\s*$|-based|-headquartered)");
  private static final Pattern BASED_AFTER = Pattern.compile("^-(?:based|headquartered)");
  /** A lower-case word right after the pair: the noun it modifies, as a place modifies it (the Austin, Texas firm). */
  private static final Pattern NOUN_AFTER = Pattern.compile("^ \\p{Ll}");
  /** Verbs of a place before a name NER read as a person: born in Milton Keynes, moved to Clayton. */
  private static final Pattern PLACE_VERB_BEFORE = Pattern.compile(
      "(?:^|\\s)(?:born in|based in|grew up in|raised in|headquartered in|moved to|relocated to) $");
  /** After such a name: not a possessive, a relative clause on a person, or a bracket. */
  private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile("^(?:['’]s?\\b|, who\\b| \\()");


  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    splitPairs(doc, accepted);
    addCitiesBeforeRegions(doc, accepted);
    retypePeopleAfterPlaceVerbs(doc, accepted);
  }

  /** Washington, D.C. is one place's name, not an address. */
  private static final Pattern CAPITAL_DISTRICT = Pattern.compile(", D\\.? ?C\\.?$");

  /**
   * "Cambridge, Massachusetts" read as one place (by NER, or by a lexicon name kept whole to tell it from another
   * Cambridge): two places, when the last part is a region.
   */
  static void splitPairs(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if (m.type() != EntityType.PLACE || !m.text().contains(", ") || CAPITAL_DISTRICT.matcher(m.text()).find()) {
        continue;
      }
      if (m.source() == Mention.Source.LEXICON && !inAddressContext(text, m.span())) {
        continue; // a lexicon name kept whole where it is not written as an address (an infobox value)
      }
      String[] parts = m.text().split(", ");
      int begin = m.span().begin();
      Span last = new Span(m.span().end() - parts[parts.length - 1].length(), m.span().end());
      Span first = new Span(begin, begin + parts[0].length());
      if (!larger(doc, accepted, last) || larger(doc, accepted, first)) {
        continue;
      }
      accepted.remove(m);
      int at = begin;
      for (String part : parts) {
        Span s = new Span(at, at + part.length());
        if (!part.isBlank()) {
          accepted.add(new Mention(s, s.of(text), EntityType.PLACE, m.sentence(), Mention.Source.PATTERN));
        }
        at = s.end() + 2;
      }
    }
  }

  /**
   * After "in", "from", "to" (based in X, moved to X), before "-based", or between an article and the noun the pair
   * modifies (the Fremont, California battery maker).
   */
  private static boolean inAddressContext(String text, Span span) {
    String before = text.substring(Math.max(0, span.begin() - 20), span.begin());
    String after = text.substring(span.end());
    return PREPOSITION_BEFORE.matcher(before).find() || BASED_AFTER.matcher(after).find()
        || ARTICLE_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(after).find();
  }

  /** Clayton in "born in Clayton, Missouri": a place, whether NER missed it or read it as a person. */
  static void addCitiesBeforeRegions(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention region : List.copyOf(accepted)) {
      if (region.type() != EntityType.PLACE || !larger(doc, accepted, region.span())) {
        continue;
      }
      String after = text.substring(region.span().end());
      if (!AFTER_REGION.matcher(after).find()) {
        continue;
      }
      int from = Math.max(0, region.span().begin() - 60);
      Matcher name = NAME_BEFORE_COMMA.matcher(text.substring(from, region.span().begin()));
      if (!name.find()) {
        continue;
      }
      Span city = new Span(from + name.start(1), from + name.end(1));
      String before = text.substring(Math.max(0, city.begin() - 20), city.begin());
      boolean placed = PREPOSITION_BEFORE.matcher(before).find()
          || ARTICLE_BEFORE.matcher(before).find() && BASED_AFTER.matcher(after).find();
      if (!placed || larger(doc, accepted, city)) {
        continue;
      }
      List<Mention> there = accepted.stream().filter(o -> o.span().overlaps(city)).toList();
      boolean free = there.isEmpty();
      boolean misread = there.size() == 1 && there.get(0).span().equals(city)
          && there.get(0).source() != Mention.Source.LEXICON
          && (there.get(0).type() == EntityType.PERSON || there.get(0).type().isOrganization());
      if (free || misread) {
        accepted.removeAll(there);
        accepted.add(new Mention(city, city.of(text), EntityType.PLACE, region.sentence(), Mention.Source.PATTERN));
      }
    }
  }

  /** "moved to Milton Keynes": a name NER read as a person, right after a verb of place, is a place. */
  static void retypePeopleAfterPlaceVerbs(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    accepted.replaceAll(m -> {
      if (m.type() != EntityType.PERSON || m.source() != Mention.Source.NER) {
        return m;
      }
      String before = text.substring(Math.max(0, m.span().begin() - 20), m.span().begin());
      String after = text.substring(m.span().end());
      return PLACE_VERB_BEFORE.matcher(before).find() && !NOT_A_PLACE_AFTER.matcher(after).find()
          ? new Mention(m.span(), m.text(), EntityType.PLACE, m.sentence(), Mention.Source.PATTERN) : m;
    });
  }

  /** A state, province or country: by CoreNLP's fine tags, or a lexicon place written as an abbreviation (Calif.). */
  private static boolean larger(AnnotatedDocument doc, List<Mention> accepted, Span span) {
    List<Token> tokens = tokens(doc, span);
    if (tokens.stream().anyMatch(t -> t.ner().equals("CITY"))) {
      return false;
    }
    String written = span.of(doc.text());
    if (tokens.stream().anyMatch(t -> LARGER.contains(t.ner()))
        || KbpGazetteer.englishRegions().containsKey(written.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return written.endsWith(".") && accepted.stream().anyMatch(o -> o.span().equals(span)
        && o.type() == EntityType.PLACE && o.source() == Mention.Source.LEXICON);
  }

  private static List<Token> tokens(AnnotatedDocument doc, Span span) {
    int index = doc.sentenceAt(span.begin());
    if (index < 0 || index >= doc.sentences().size()) {
      return List.of();
    }
    AnnotatedSentence s = doc.sentences().get(index);
    return s.tokens().stream().filter(t -> t.span().overlaps(span)).toList();
  }
}
