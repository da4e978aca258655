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
 * (2025世界人工智能大会, which the name shapes read whole, and 2025上海车展 for a name the lexicon knows).
 */
final class EventEditions {
  /** A year after one space, not the start of a longer number or a date (2025 today, 2025. are; 2025-10, 2025.5 not). */
  private static final Pattern YEAR_AFTER = Pattern.compile(" (?:19|20)\\d{2}(?![\\p{Alnum}\\-/:]|\\.\\d)");
  /** A year glued before a Chinese name, not the end of a longer number or a date (2025, not 12025 or 10.2025). */
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?<![\\p{Alnum}.\\-/:])(?:19|20)\\d{2}$");

  private EventEditions() {}

  static void addYears(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    accepted.replaceAll(m -> {
      String name = m.text();
      if (m.type() != EntityType.EVENT || name.isEmpty()) {
        return m;
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

  private static boolean isLatinLetter(char c) {
    return c < 128 && Character.isLetter(c);
  }
}
