package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.LayeredMentionFinder.HAN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/** The last pass of {@link LayeredMentionFinder}: names found once are mentioned wherever they recur. */
final class RecurringNames {
  private RecurringNames() {}

  /** The year an event's name starts with: 2025 or 2025年. */
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年?");

  /**
   * An event named with its year and perhaps its city first (2025年某城数贸会) is called by the rest of its name
   * elsewhere in the article (数贸会), if that rest has three characters or more.
   */
  private static Optional<String> withoutYearAndPlace(Mention event, List<Mention> accepted, String text) {
    Matcher year = LEADING_YEAR.matcher(event.text());
    if (!year.find()) {
      return Optional.empty();
    }
    int begin = event.span().begin() + year.end();
    for (Mention place : accepted) {
      if (place.type() == EntityType.PLACE && place.span().begin() == begin
          && place.span().end() < event.span().end()) {
        begin = place.span().end();
      }
    }
    String rest = text.substring(begin, event.span().end());
    return rest.length() >= 3 && HAN.matcher(rest).find() ? Optional.of(rest) : Optional.empty();
  }

  /**
   * A name found once by its shape or context (深空科技 before a title, Tomas Berg after one) names the same thing
   * where it recurs without that context, so each unclaimed occurrence is mentioned too. Han names need three
   * characters and Latin ones a word boundary, so that a short name is not found inside other words; a person's
   * two-character Han name (门施) recurs only where the segmenter made it a word of its own. An event
   * found with its year first recurs under the rest of its name too.
   */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Map<String, EntityType> names = new LinkedHashMap<>();
    for (Mention m : accepted) {
      boolean han = HAN.matcher(m.text()).find();
      if (m.type() != EntityType.TOPIC && m.type() != EntityType.PLACE && m.source() != Mention.Source.LEXICON
          && m.source() != Mention.Source.COREFERENCE && (han ? m.text().length() >= 3 || shortPersonName(m)
          : m.text().length() >= 4)) {
        names.putIfAbsent(m.text(), m.type());
      }
    }
    for (Mention m : accepted) {
      shortCompanyName(m, text).ifPresent(n -> names.putIfAbsent(n, m.type()));
    }
    for (Mention m : accepted) {
      if (m.type() == EntityType.EVENT && m.source() == Mention.Source.PATTERN) {
        withoutYearAndPlace(m, accepted, text).ifPresent(n -> names.putIfAbsent(n, EntityType.EVENT));
      }
    }
    for (Map.Entry<String, EntityType> name : names.entrySet()) {
      String n = name.getKey();
      boolean latinEdges = !HAN.matcher(n.substring(0, 1)).find() || !HAN.matcher(n.substring(n.length() - 1)).find();
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        Span span = new Span(at, at + n.length());
        if (latinEdges && (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) < 128
            || span.end() < text.length() && Character.isLetterOrDigit(text.charAt(span.end()))
            && text.charAt(span.end()) < 128)) {
          continue;
        }
        if (n.length() < 3 && !isWord(doc, span)) {
          continue;
        }
        if (accepted.stream().noneMatch(m -> m.span().overlaps(span))) {
          accepted.add(new Mention(span, n, name.getValue(), doc.sentenceAt(at), Mention.Source.PATTERN));
        } else if (name.getValue().isOrganization() && countriesOnlyInside(accepted, span)) {
          // 某国企业家杂志 where 《某国企业家》 was found: the country is part of the organization's name here too
          accepted.removeIf(m -> m.span().overlaps(span));
          accepted.add(new Mention(span, n, name.getValue(), doc.sentenceAt(at), Mention.Source.PATTERN));
        }
      }
    }
  }

  /** Whether every mention overlapping {@code span} is a country's, inside it (the lexicon found it first). */
  private static boolean countriesOnlyInside(List<Mention> accepted, Span span) {
    return accepted.stream().filter(m -> m.span().overlaps(span)).allMatch(m -> m.type() == EntityType.PLACE
        && span.contains(m.span()) && span.length() > m.span().length() && CountryUnits.isCountry(m.text()));
  }

  /** Corporate words an English company's name drops when the article calls it again (Nuance for Nuance Systems). */
  private static final Pattern SHORTENED_NAME = Pattern.compile(
      "([A-Z][a-z]{3,}) (?:Communications|Corporation|Technologies|Systems|Holdings|Incorporated)");

  /**
   * An English company named first by one word and a corporate word (Arvent Communications) is called by the first
   * word alone later (Arvent), which NER often leaves untagged: that word recurs as the company's, unless the article
   * also writes it in lower case (a common word, as "tower" of Tower Systems). A lexicon's name too, when the lexicon
   * holds no short form of it.
   */
  private static Optional<String> shortCompanyName(Mention m, String text) {
    Matcher name = SHORTENED_NAME.matcher(m.text());
    if (!m.type().isOrganization() || !name.matches()) {
      return Optional.empty();
    }
    String word = name.group(1);
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return Pattern.compile("(?<![A-Za-z])" + lower + "(?![A-Za-z])").matcher(text).find() ? Optional.empty()
        : Optional.of(word);
  }

  private static boolean shortPersonName(Mention m) {
    return m.type() == EntityType.PERSON && m.text().length() == 2 && m.text().codePoints().allMatch(Languages::isHan);
  }

  /** The span is one token of the segmenter's. */
  private static boolean isWord(AnnotatedDocument doc, Span span) {
    int sentence = doc.sentenceAt(span.begin());
    return sentence >= 0 && doc.sentences().get(sentence).tokens().stream().anyMatch(t -> t.span().equals(span));
  }
}
