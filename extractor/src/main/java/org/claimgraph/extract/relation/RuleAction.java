package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.RelationType;

/**
 * What a rule asserts when it matches, read from its result: a confidence, then one or more {@code KEY=VALUE} items.
 * <ul>
 *   <li>{@code PREDICATE=$group}: a relation from the {@code $subject} group to what {@code $group} holds (entities,
 *       a date, numbers), e.g. {@code FOUNDER=$object}, {@code FOUNDING_YEAR=$date};</li>
 *   <li>{@code PREDICATE=Value}: a relation to a named value of the ontology, e.g. {@code OPENNESS=OpenSource};</li>
 *   <li>{@code ROLE=$group}: the people in {@code $group} hold the titles in {@code $title} at the {@code $subject}
 *       organization (CEO, founder, chief scientist, or any job title; see {@code titles.tsv});</li>
 *   <li>{@code ROLES=$group}: each person in {@code $group} holds the title written right before their name at the
 *       {@code $subject} organization ("由首席执行官Sam Altman以及Elon Musk…创立");</li>
 *   <li>{@code PAIRED=$group}: the people in {@code $group} hold the titles listed in {@code $title} in the same
 *       order ("A and B, who are president and CEO of X, respectively"); nothing when the counts differ;</li>
 *   <li>{@code subject=ARTICLE}: as SALIENT, but named anywhere before in the article, for phrases that point back to
 *       the article's own event however far back it was named (出席本次大会的有…);</li>
 *   <li>{@code subject=SALIENT}: when the text names no subject, take the entity of the right type the article has
 *       named most often in the last sentences (the event a report is about);</li>
 *   <li>{@code subject=SOLE}: as ARTICLE, but only when one entity is clearly meant: named more often than any other
 *       of its kind so far and the last of them named before the match. A title with no organization (联合创始人兼CTO
 *       张三) is the company's the feature is about, never across a second company named in between;</li>
 *   <li>{@code subject=PREVIOUS}: the first entity of the right type in the nearest earlier sentence of the paragraph
 *       that has one, for "its"/"the company" (a paragraph's sentences keep the subject they start with);</li>
 *   <li>{@code PREDICATE=$PREVIOUS}: the object read the same way ("In May, it released X": its maker);</li>
 *   <li>{@code person=PREVIOUS}: a ROLE match with no {@code $object} group (a clause whose subject Chinese leaves
 *       out: 2015年加盟X，出任首席科学家) gives the title to the person the text was about just before, read as for
 *       subject=PREVIOUS;</li>
 *   <li>{@code PREDICATE=$SALIENT}: the object read as for subject=SALIENT (会上，X作报告: the meeting reported on);</li>
 *   <li>{@code PREDICATE=$ARTICLE}: the object read as for subject=ARTICLE (发布会上，X公布…: a bare noun for the
 *       article's event, however far back it was named);</li>
 *   <li>{@code place=SEAT}: its LOCATED_IN items name a company's seat, so they hold only for a company and a place
 *       below country level (杭州某某科技; not 美国某某科技, a nationality, see {@link PlaceLevels}; nor 某州共和党 or
 *       某市教育局, where the place is a body's jurisdiction).</li>
 *   <li>{@code people=EVERY}: its groups stand for every person they name, not the head of each conjunct, and for no
 *       organization (a list of guests, each with the company and title before the name, some with two titles or no
 *       separator between them: the companies are the guests' employers, not attendees).</li>
 * </ul>
 * A match whose {@code $feature} group is not empty names a feature of its model (推出X的图像生成功能): its
 * RELEASE_DATE items assert nothing, the release being the feature's.
 */
record RuleAction(double confidence, List<Item> items, boolean salientSubject, boolean articleWide,
    boolean previousSubject, boolean lastNamedOnly, boolean seatOnly, boolean previousPerson,
    boolean everyPerson) {
  /** One thing to assert. */
  record Item(String key, Optional<RelationType> predicate, Optional<String> group, Optional<String> namedValue) {}

  RuleAction {
    items = List.copyOf(items);
  }

  /**
   * @param where the rule's file and name, for messages
   * @throws IllegalArgumentException when the result is malformed
   */
  static RuleAction parse(String where, List<String> result) {
    if (result.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty result; write ( 0.9, \"PREDICATE=$group\" )");
    }
    double confidence;
    try {
      confidence = Double.parseDouble(result.get(0));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": the result must start with a confidence, found '" + result.get(0)
          + "'");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException(where + ": confidence " + confidence + " is not in (0, 1]");
    }
    List<Item> items = new ArrayList<>();
    boolean salient = false;
    boolean articleWide = false;
    boolean previous = false;
    boolean sole = false;
    boolean seat = false;
    boolean previousPerson = false;
    boolean everyPerson = false;
    for (String s : result.subList(1, result.size())) {
      int eq = s.indexOf('=');
      if (eq <= 0 || eq == s.length() - 1) {
        throw new IllegalArgumentException(where + ": result item '" + s + "' is not KEY=VALUE");
      }
      String key = s.substring(0, eq);
      String value = s.substring(eq + 1);
      if (key.equals("subject")) {
        if (!value.equals("SALIENT") && !value.equals("ARTICLE") && !value.equals("SOLE")
            && !value.equals("PREVIOUS")) {
          throw new IllegalArgumentException(where + ": subject=" + value
              + " is not supported (only SALIENT, ARTICLE, SOLE or PREVIOUS)");
        }
        previous = value.equals("PREVIOUS");
        salient = !previous;
        sole = value.equals("SOLE");
        articleWide = value.equals("ARTICLE") || sole;
        continue;
      }
      if (key.equals("person")) {
        if (!value.equals("PREVIOUS")) {
          throw new IllegalArgumentException(where + ": person=" + value + " is not supported (only PREVIOUS)");
        }
        previousPerson = true;
        continue;
      }
      if (key.equals("people")) {
        if (!value.equals("EVERY")) {
          throw new IllegalArgumentException(where + ": people=" + value + " is not supported (only EVERY)");
        }
        everyPerson = true;
        continue;
      }
      if (key.equals("place")) {
        if (!value.equals("SEAT")) {
          throw new IllegalArgumentException(where + ": place=" + value + " is not supported (only SEAT)");
        }
        seat = true;
        continue;
      }
      Optional<String> group = value.startsWith("$") ? Optional.of(value.substring(1)) : Optional.empty();
      if (key.equals("ROLE") || key.equals("ROLES") || key.equals("PAIRED")) {
        if (group.isEmpty()) {
          throw new IllegalArgumentException(where + ": " + key + " needs a $group of people");
        }
        items.add(new Item(key, Optional.empty(), group, Optional.empty()));
        continue;
      }
      RelationType predicate;
      try {
        predicate = RelationType.valueOf(key);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown predicate '" + key + "' in result item '" + s + "'");
      }
      items.add(new Item(key, Optional.of(predicate), group, group.isPresent() ? Optional.empty() : Optional.of(value)));
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException(where + ": the result asserts nothing; add \"PREDICATE=$group\"");
    }
    if (previousPerson && items.stream().noneMatch(i -> i.key().equals("ROLE"))) {
      throw new IllegalArgumentException(where + ": person=PREVIOUS needs a ROLE item");
    }
    return new RuleAction(confidence, items, salient, articleWide, previous, sole, seat, previousPerson,
        everyPerson);
  }
}
