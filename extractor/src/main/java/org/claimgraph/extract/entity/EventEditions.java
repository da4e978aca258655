package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/**
 * The pass of {@link LayeredMentionFinder} that reads an event's edition: a year written right after an English
 * event's name is part of the edition's name (Web Summit 2025, CES 2024), as the year glued before a Chinese one is
 * (2025世界人工智能大会, which the name shapes read whole, and 2025上海车展 for a name the lexicon knows), or glued after
 * one (某某上海2023), and the ordinal of a series written before the name (第14届ICML, 首届某某大赛).
 */
final class EventEditions {
  /** A year after one space, not the start of a longer number or a date (2025 today, 2025. are; 2025-10, 2025.5 not). */
  private static final Pattern YEAR_AFTER = Pattern.compile(" (?:19|20)\\d{2}(?![\\p{Alnum}\\-/:]|\\.\\d)");
  /** A year glued before a Chinese name, not the end of a longer number or a date (2025, not 12025 or 10.2025). */
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?<![\\p{Alnum}.\\-/:])(?:19|20)\\d{2}$");
  /**
   * A year glued after a Chinese name, not the start of a date, a longer number or an amount (2023开幕式; not 2023年,
   * 20231, 1999元, 2025家).
   */
  private static final Pattern YEAR_GLUED_AFTER =
      Pattern.compile("(?:19|20)\\d{2}(?![\\p{Alnum}\\-/:年月日号届元亿万千百人家个名位款件台次%％]|\\.\\d)");
  /** The ordinal of an edition, before its 届: 第14, 第十三, 首 (the first). */
  static final String ORDINAL = "(?:第[一二三四五六七八九十百0-9]{1,4}|首)";
  /** The ordinal of an edition glued before a name: 第14届, 第十三届, 首届. */
  private static final Pattern ORDINAL_BEFORE = Pattern.compile(ORDINAL + "届$");

  private EventEditions() {}

  /**
   * Kinds of event held in a different place each time, whose editions Chinese names by their host: 卡塔尔世界杯,
   * 东京奥运会, 杭州亚运会, 广州车展, 珠海航展 (https://zh.wikipedia.org/wiki/国际足联世界杯 lists its editions so).
   */
  private static final Pattern HOSTED_EVENT_NOUN =
      Pattern.compile("世界杯|冬奥会|冬奥|残奥会|奥运会|奥运|亚运会|世博会|车展|航展|书展");

  /**
   * An edition named by its host: a place the text names, then a kind of event held in turn by many places
   * (卡塔尔世界杯, 东京奥运). The place stays a place of its own inside the edition's name; a name found already around
   * the words (2025上海车展, the lexicon's own shows) is left as it is.
   */
  static void addHostedEditions(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    Matcher noun = HOSTED_EVENT_NOUN.matcher(text);
    while (noun.find()) {
      int at = noun.start();
      int end = noun.end();
      Mention host = accepted.stream().filter(m -> m.type() == EntityType.PLACE && m.span().end() == at
          && m.span().length() >= 2 && Languages.isHan(m.text().charAt(0))).findFirst().orElse(null);
      if (host == null) {
        continue;
      }
      Span edition = new Span(host.span().begin(), end);
      List<Mention> overlapped = accepted.stream().filter(m -> m != host && m.span().overlaps(edition)).toList();
      if (overlapped.stream().anyMatch(m -> !(m.type() == EntityType.EVENT && edition.contains(m.span())))) {
        continue; // a longer name around the words, or another name in them
      }
      accepted.removeAll(overlapped); // the kind's own name (奥运会), which the edition's name now holds
      accepted.add(new Mention(edition, edition.of(text), EntityType.EVENT, host.sentence(), Mention.Source.PATTERN));
    }
  }

  static void addYears(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    accepted.replaceAll(m -> {
      String name = m.text();
      if (m.type() != EntityType.EVENT || name.isEmpty()) {
        return m;
      }
      Matcher ordinal = ORDINAL_BEFORE.matcher(text).region(Math.max(0, m.span().begin() - 6), m.span().begin())
          .useTransparentBounds(true);
      if (!name.startsWith("第") && !name.startsWith("首") && ordinal.find()) {
        m = widened(m, new Span(ordinal.start(), m.span().end()), text);
        name = m.text();
      }
      if (Languages.isHan(name.charAt(name.length() - 1))) {
        Matcher after = YEAR_GLUED_AFTER.matcher(text).region(m.span().end(), text.length());
        if (after.lookingAt()) {
          m = widened(m, new Span(m.span().begin(), after.end()), text);
          name = m.text();
        }
      }
      if (Languages.isHan(name.charAt(0))) {
        Matcher year = YEAR_BEFORE.matcher(text).region(Math.max(0, m.span().begin() - 5), m.span().begin())
            .useTransparentBounds(true);
        if (!year.find()) {
          return m;
        }
        Span edition = new Span(year.start(), m.span().end());
        return new Mention(edition, edition.of(text), m.type(), m.sentence(), m.source());
      }
      if (!isLatinLetter(name.charAt(name.length() - 1))) {
        return m;
      }
      Matcher year = YEAR_AFTER.matcher(text).region(m.span().end(), text.length());
      if (!year.lookingAt()) {
        return m;
      }
      Span edition = new Span(m.span().begin(), year.end());
      return new Mention(edition, edition.of(text), m.type(), m.sentence(), m.source());
    });
  }

  private static Mention widened(Mention m, Span span, String text) {
    return new Mention(span, span.of(text), m.type(), m.sentence(), m.source());
  }

  private static boolean isLatinLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }
}
