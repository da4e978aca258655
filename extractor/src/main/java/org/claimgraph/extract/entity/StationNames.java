package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that reads an English radio station's name by its published shapes:
 * a frequency on the FM band after a brand word (Kiss 98.3), a frequency with the station's call sign after it
 * (104.9 WXYZ, 93.3WQRT-FM) or with a brand glued to it (99.1ZAP), and a call sign with its service suffix (KXYZ-TV).
 * NER leaves such names untagged or cuts them at the number; a station is a media organization.
 */
final class StationNames {
  private StationNames() {}

  /**
   * A frequency on the FM broadcast band, 87.5 to 108.0 MHz in one-tenth steps (ITU Radio Regulations, Article 5,
   * band 87.5–108 MHz for Region 2; FCC 47 CFR 73.201 channels 88.1–107.9). Not a price ($99.5), a version (v98.1),
   * a percentage (95.5%, 95.5 percent), a longer decimal (95.55) or a number in a range or list (95.5-96.1).
   */
  private static final String FREQUENCY = "(?<![$€£¥\\d.,vV-])(?:8[7-9]|9\\d|10[0-7])\\.\\d(?![\\d%]|\\.\\d|-\\d)"
      + "(?! ?(?:percent|per cent|pct|points?|million|billion|thousand|kg|km|mph|degrees?)\\b)";
  /**
   * A US call sign: K west and W east of the Mississippi, then two or three letters, and the service suffix the FCC
   * appends (47 CFR 73.3550; https://en.wikipedia.org/wiki/Call_signs_in_the_United_States).
   */
  private static final String CALL_SIGN = "[KW][A-Z]{2,3}(?:-(?:FM|AM|TV|LP|LD|CD|DT))?";
  /** A service suffix that marks a call sign standing alone as a station's. */
  private static final String SUFFIXED_CALL_SIGN = "[KW][A-Z]{2,3}-(?:FM|AM|TV|LP)";
  /**
   * Brand words that US and UK FM stations put before their frequency (https://en.wikipedia.org/wiki/Radio_format,
   * https://en.wikipedia.org/wiki/Hot_adult_contemporary, https://en.wikipedia.org/wiki/Contemporary_hit_radio): the
   * format or image word, not any capitalised word (which would take a benchmark's score, MMLU 88.7, for a station).
   */
  private static final Set<String> BRAND_WORDS = Set.of("Live", "Mix", "Kiss", "Hot", "Magic", "Star", "Power", "Lite",
      "Light", "Jack", "Wild", "Energy", "Heart", "Majic", "Jammin", "Rock", "Classic", "Country", "Sunny", "Alt",
      "Talk", "News", "Sports", "Radio", "Fox", "Eagle", "Hits", "Jazz", "Smooth", "Oldies", "Nash");
  /** A brand word, then the frequency, with "FM" after it at will (Kiss 98.3, Magic 101.1 FM). */
  private static final Pattern BRAND_FREQUENCY = Pattern.compile("(?<![A-Za-z-])(?<brand>[A-Z][A-Za-z-]+) "
      + FREQUENCY + "(?: ?FM\\b)?");
  /**
   * A frequency, then the call sign (with or without a space) or three or four capitals glued to it as the station's
   * brand (99.1ZAP); not units written in capitals (100.5MHZ).
   */
  private static final Pattern FREQUENCY_SIGN = Pattern.compile(FREQUENCY + "(?: ?" + CALL_SIGN + "|(?!MHZ|KHZ|GHZ)"
      + "[A-Z]{3,4}(?:-FM)?)(?![A-Za-z\\d])");
  private static final Pattern LONE_CALL_SIGN = Pattern.compile("(?<![A-Za-z\\d.-])" + SUFFIXED_CALL_SIGN
      + "(?![A-Za-z\\d-])");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher branded = BRAND_FREQUENCY.matcher(text);
    while (branded.find()) {
      if (BRAND_WORDS.contains(branded.group("brand"))) {
        addStation(doc, accepted, new Span(branded.start(), branded.end()));
      }
    }
    for (Pattern shape : List.of(FREQUENCY_SIGN, LONE_CALL_SIGN)) {
      Matcher m = shape.matcher(text);
      while (m.find()) {
        addStation(doc, accepted, new Span(m.start(), m.end()));
      }
    }
  }

  /** The station replaces what NER read inside it (a number, an organization of the call sign alone). */
  private static void addStation(AnnotatedDocument doc, List<Mention> accepted, Span span) {
    LayeredMentionFinder.replaceInside(doc, accepted, span, EntityType.MEDIA_ORGANIZATION,
        m -> m.type() != EntityType.PERSON);
  }
}
