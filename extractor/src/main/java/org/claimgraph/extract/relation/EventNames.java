package org.claimgraph.extract.relation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.entity.LayeredMentionFinder;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.claimgraph.extract.tagging.TimeExpressions;

/**
 * ORGANIZER read from names: an event whose name opens with an organization's name states who holds it (White House
 * Roundtable on X, Acme DevDay, 星河研究院新年讲座), as a model's name states its maker (see {@link ModelNames}). A Latin
 * organization's name must end at a space or before a Han character, so a name that merely starts with the same
 * letters (Metaverse Summit and Meta) does not count. A place at the start (Paris AI Summit) states no organizer.
 * START_DATE likewise: a year opening or closing an event's name (GTC 2024, the 2023 World Internet Conference).
 */
final class EventNames {
  static final String RULE = "names.organizer-in-event-name";
  static final double CONFIDENCE = 0.75;

  private EventNames() {}

  static List<Relation> organizers(List<Entity> entities) {
    return fromEventNames(entities, e -> e.type().isOrganization(), EventNames::organizerMention,
        RelationType.ORGANIZER, RULE);
  }

  /**
   * A relation from each event to each entity of a kind whose name its own name holds: {@code mentionOf} gives the
   * event's mention that names the other entity, the relation's evidence.
   */
  private static List<Relation> fromEventNames(List<Entity> entities, Predicate<Entity> kind,
      BiFunction<Entity, Entity, Optional<Mention>> mentionOf, RelationType type, String rule) {
    List<Entity> others = entities.stream().filter(kind).toList();
    List<Relation> out = new ArrayList<>();
    for (Entity event : entities) {
      if (event.type() != EntityType.EVENT) {
        continue;
      }
      for (Entity other : others) {
        mentionOf.apply(event, other).ifPresent(m -> out.add(new Relation(event.key(), type,
            new Relation.EntityValue(other.key()), Optional.empty(), Math.max(0, m.sentence()), m.span(), rule,
            CONFIDENCE)));
      }
    }
    return out;
  }

  static final String YEAR_RULE = "names.start-year-in-event-name";
  private static final String GYEAR = "http://www.w3.org/2001/XMLSchema#gYear";
  /**
   * A year that opens or closes an event's name: GTC 2024, the 2023 World Internet Conference, 2023年某某峰会, and a
   * year run straight into a Han name as news writes shows and forums (2025某某车展, 2026某某论坛年会), or out of one
   * (某某上海2023).
   */
  private static final Pattern NAMED_YEAR = Pattern.compile(
      "^((?:19|20)\\d\\d)(?:年| |(?=\\p{IsHan}))\\S.*|.*(?:\\S |\\p{IsHan})((?:19|20)\\d\\d)$");

  /** START_DATE read from names: an event named with its year takes place that year. */
  static List<Relation> startYears(List<Entity> entities) {
    List<Relation> out = new ArrayList<>();
    for (Entity event : entities) {
      if (event.type() != EntityType.EVENT) {
        continue;
      }
      for (Mention m : event.mentions()) {
        Matcher year = NAMED_YEAR.matcher(m.text());
        if (m.source() != Mention.Source.COREFERENCE && year.matches()) {
          String lexical = year.group(1) != null ? year.group(1) : year.group(2);
          out.add(new Relation(event.key(), RelationType.START_DATE, new Relation.LiteralValue(lexical, GYEAR),
              Optional.empty(), Math.max(0, m.sentence()), m.span(), YEAR_RULE, CONFIDENCE));
          break;
        }
      }
    }
    return out;
  }

  static final String PLACE_RULE = "names.place-in-event-name";
  /** A year (2025年, 2025, 2025 ) that may open an event's name before the place: 2025年杭州数贸会, 2024 Paris AI Summit. */
  private static final Pattern LEADING_YEAR = Pattern.compile("^(?:(?:19|20)\\d\\d(?:年|\\s*))?");

  /**
   * LOCATION read from names: an event whose name opens with a place, after an optional year, is held there
   * (2025年杭州数贸会, Paris AI Action Summit, 达沃斯论坛). A place must end its own word in a Latin name (Paris, not
   * Parisian); a Han place may run into the rest of the name.
   */
  static List<Relation> locations(List<Entity> entities) {
    List<String> organizers = entities.stream().filter(e -> e.type().isOrganization())
        .flatMap(e -> e.names().stream()).filter(n -> n.length() >= 2).toList();
    return fromEventNames(entities, e -> e.type() == EntityType.PLACE,
        (event, place) -> placeMention(event, place, organizers), RelationType.LOCATION, PLACE_RULE);
  }

  /**
   * The event's mention whose name opens with the place, after an optional year and an optional organizer's name
   * (某某云杭州峰会, 2025某某上海开发者大会: the organizer, then where it meets).
   */
  private static Optional<Mention> placeMention(Entity event, Entity place, List<String> organizers) {
    for (Mention m : event.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE) {
        continue;
      }
      Matcher year = LEADING_YEAR.matcher(m.text());
      String afterYear = year.lookingAt() ? m.text().substring(year.end()) : m.text();
      String rest = organizers.stream()
          .filter(o -> afterYear.startsWith(o) && Languages.isHan(o.charAt(o.length() - 1)))
          .max(java.util.Comparator.comparingInt(String::length))
          .map(o -> afterYear.substring(o.length())).orElse(afterYear);
      Matcher brand = LayeredMentionFinder.LATIN_BRAND_BEFORE_HAN.matcher(rest);
      if (brand.lookingAt()) {
        // a Latin brand, then the place this meeting of it is held in, which may close the name (某某上海)
        String afterBrand = rest.substring(brand.end());
        if (place.names().stream().anyMatch(n -> n.length() >= 2 && afterBrand.startsWith(n))) {
          return Optional.of(m);
        }
      }
      for (String name : place.names()) {
        if (name.length() >= 2 && rest.length() > name.length() && rest.startsWith(name)
            && startsOwnWord(name, rest.charAt(name.length()))) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }


  static final String DAY_RULE = "names.opening-day-of-event";
  /**
   * A day of the month right after an event, then where or how and that it opens or is held: 某某峰会16日在某城揭幕,
   * 大会将于20日开幕, 某某论坛在9日以线上方式开幕. Not a closing (闭幕), which is its last day.
   */
  private static final Pattern OPENING_DAY = Pattern.compile(
      "^[”」』\"]?(?:将|已|则)?[于在]?(\\d{1,2})[日号](?:[上下]午|晚间?)?(?:[于在以][^，,。；;：:]{1,12}?)?(?:隆重|正式)?"
          + "(?:开幕|揭幕|举行|举办|召开|开展)");

  /**
   * An English event said to have opened on a weekday, perhaps after where (the summit opened in Lisbon on Monday): the
   * last such day on or before the article's date, as a report tells of what has begun.
   */
  private static final Pattern OPENED_ON_WEEKDAY = Pattern.compile(
      "^\\s*(?:opened|began|kicked off|got under ?way)(?: in (?:the )?[A-Z][\\w'’.-]*(?:,? [A-Z][\\w'’.-]*){0,3})?"
          + " on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /**
   * START_DATE from a day written without its month (某某峰会16日在某城开幕), as news dates the days around its own: the
   * article's month and year; or from a weekday (the summit opened on Monday), the last one up to the article's date. Nothing when the article's date is unknown or the day does not exist in that month.
   */
  static List<Relation> openingDays(AnnotatedDocument doc, List<TaggedSentence> tagged) {
    Optional<LocalDate> articleDate = doc.document().date();
    List<Relation> out = new ArrayList<>();
    if (articleDate.isEmpty()) {
      return out;
    }
    String text = doc.text();
    for (TaggedSentence s : tagged) {
      for (Referent r : s.referents()) {
        if (r.type() != EntityType.EVENT) {
          continue;
        }
        int end = Math.min(text.length(), s.sentence().span().end());
        String after = text.substring(r.span().end(), Math.max(r.span().end(), end));
        Matcher day = OPENING_DAY.matcher(after);
        Matcher weekday = OPENED_ON_WEEKDAY.matcher(after);
        boolean onDay = day.find();
        if (!onDay && !weekday.find()) {
          continue;
        }
        try {
          LocalDate date = onDay ? articleDate.get().withDayOfMonth(Integer.parseInt(day.group(1)))
              : articleDate.get().with(TemporalAdjusters.previousOrSame(
                  DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT))));
          int said = onDay ? day.end() : weekday.end();
          out.add(new Relation(r.entityKey(), RelationType.START_DATE,
              new Relation.LiteralValue(date.toString(), TimeExpressions.DATE), Optional.empty(), s.index(),
              new org.claimgraph.extract.Span(r.span().begin(), r.span().end() + said), DAY_RULE, CONFIDENCE));
        } catch (DateTimeException e) {
          // 31日 in a month of thirty days: no date
        }
      }
    }
    return out;
  }

  /** A prize's yearly round (Example World Photography Awards): the company opening its name sponsors the prize. */
  private static final Pattern SPONSORED_AWARDS = Pattern.compile(".*\\bAwards$");

  private static Optional<Mention> organizerMention(Entity event, Entity organizer) {
    Set<String> names = organizer.names();
    for (Mention m : event.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE || SPONSORED_AWARDS.matcher(m.text()).matches()) {
        continue;
      }
      Matcher session = SESSION_BEFORE.matcher(m.text());
      String named = session.lookingAt() ? m.text().substring(session.end()) : m.text();
      for (String name : names) {
        if (name.length() >= 2 && named.length() > name.length() && named.startsWith(name)
            && startsOwnWord(name, named.charAt(name.length()))) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The term or edition that may open a body's meeting before the body's name, with or without 第 (十四届全国人大三次会议,
   * 第十届某某学会年会): the body still holds it.
   */
  private static final Pattern SESSION_BEFORE = Pattern.compile("^第?[一二三四五六七八九十百0-9]{1,4}[届屆]");

  /** After a Han name anything starts a word (英伟达GTC大会); after a Latin one, a space or a Han character. */
  private static boolean startsOwnWord(String name, char next) {
    return next == ' ' || Languages.isHan(next) || Languages.isHan(name.charAt(name.length() - 1));
  }
}
