package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * A legislator's seat in a chamber the article names (guidelines §8.2): 共和党众议员X and X众议员 give WORKS_FOR 众议院,
 * titled 众议员 (前众议员 when former), and 参议员 likewise the 参议院, in simplified or traditional characters. A seat
 * gives nothing when the article never names the chamber: a country is not an employer, and the seat alone names no
 * organization. A party label (共和党) is not part of the title.
 */
final class LegislatorSeats {
  static final String RULE = "roles.legislator-seat";
  static final double CONFIDENCE = 0.8;

  /** The seat words and the chamber each is a seat in. */
  private static final Map<String, String> CHAMBER_OF_SEAT = Map.of("众议员", "众议院", "眾議員", "眾議院",
      "参议员", "参议院", "參議員", "參議院");
  private static final String SEAT = "(众议员|眾議員|参议员|參議員)";
  /** A seat right before the name, perhaps federal and former: 共和党众议员X, 前联邦参议员X. */
  private static final Pattern SEAT_BEFORE = Pattern.compile("(前|原)?(?:联邦|聯邦)?" + SEAT + "\\s*$");
  /** A seat right after the name: 来自密歇根州的X众议员. */
  private static final Pattern SEAT_AFTER = Pattern.compile("^\\s*" + SEAT);
  /** A chamber's own name: 众议院, 美国众议院, 美國聯邦眾議院. */
  private static final Pattern CHAMBER = Pattern.compile("^(?:美国|美國)?(?:联邦|聯邦)?(众议院|眾議院|参议院|參議院)$");

  private LegislatorSeats() {}

  static List<Relation> find(List<TaggedSentence> sentences, List<Entity> entities) {
    Map<String, String> chambers = chambers(entities);
    List<Relation> out = new ArrayList<>();
    if (chambers.isEmpty()) {
      return out;
    }
    for (TaggedSentence s : sentences) {
      int base = s.sentence().span().begin();
      String text = s.text();
      for (Referent person : s.referents()) {
        if (person.type() != EntityType.PERSON || person.anaphor()) {
          continue;
        }
        int begin = person.span().begin() - base;
        int end = person.span().end() - base;
        if (begin < 0 || end > text.length()) {
          continue;
        }
        Matcher before = SEAT_BEFORE.matcher(text.substring(0, begin));
        Matcher after = SEAT_AFTER.matcher(text.substring(end));
        Optional<String> title = Optional.empty();
        Span evidence = person.span();
        if (before.find()) {
          title = Optional.of(before.group(1) == null ? before.group(2) : before.group(1) + before.group(2));
          evidence = new Span(base + before.start(), person.span().end());
        } else if (after.find()) {
          title = Optional.of(after.group(1));
          evidence = new Span(person.span().begin(), person.span().end() + after.end());
        }
        if (title.isEmpty()) {
          continue;
        }
        String seat = title.get().substring(title.get().length() - 3);
        String chamber = chambers.get(CHAMBER_OF_SEAT.get(seat));
        if (chamber != null && !chamber.equals(person.entityKey())) {
          out.add(new Relation(person.entityKey(), RelationType.WORKS_FOR, new Relation.EntityValue(chamber), title,
              s.index(), evidence, RULE, CONFIDENCE));
        }
      }
    }
    return out;
  }

  /**
   * The chambers the article names, by the chamber word of their name (众议院 → the entity); both scripts of a chamber
   * point to the same entity, so that 眾議員 finds 众议院 when the article names it in simplified characters.
   */
  private static Map<String, String> chambers(List<Entity> entities) {
    Map<String, String> out = new HashMap<>();
    for (Entity e : entities) {
      if (!e.type().isOrganization()) {
        continue;
      }
      for (Mention m : e.mentions()) {
        Matcher chamber = CHAMBER.matcher(m.text().strip());
        if (chamber.matches() && m.source() != Mention.Source.COREFERENCE) {
          String word = chamber.group(1);
          boolean lower = word.equals("众议院") || word.equals("眾議院");
          out.putIfAbsent(lower ? "众议院" : "参议院", e.key());
          out.putIfAbsent(lower ? "眾議院" : "參議院", e.key());
        }
      }
    }
    return out;
  }
}
