package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * titled 众议员 (前众议员 when former), and 参议员 likewise the 参议院, in simplified or traditional characters; in
 * English, Sen. X and Rep. X give the Senate and the House of Representatives. A seat gives nothing when the article
 * never names the chamber: a country is not an employer, and the seat alone names no organization. A party label
 * (共和党, Democratic) is not part of the title.
 */
final class LegislatorSeats {
  static final String RULE = "roles.legislator-seat";
  static final double CONFIDENCE = 0.8;

  /** The two chambers of a congress or parliament. */
  private enum Chamber { LOWER, UPPER }

  /** The seat words and the chamber each is a seat in. */
  private static final Map<String, Chamber> CHAMBER_OF_SEAT = Map.ofEntries(Map.entry("众议员", Chamber.LOWER),
      Map.entry("眾議員", Chamber.LOWER), Map.entry("参议员", Chamber.UPPER), Map.entry("參議員", Chamber.UPPER),
      Map.entry("Rep.", Chamber.LOWER), Map.entry("Representative", Chamber.LOWER),
      Map.entry("Congressman", Chamber.LOWER), Map.entry("Congresswoman", Chamber.LOWER),
      Map.entry("Sen.", Chamber.UPPER), Map.entry("Senator", Chamber.UPPER));
  private static final String SEAT = "(众议员|眾議員|参议员|參議員)";
  private static final String ENGLISH_SEAT = "(Rep\\.|Representative|Congressman|Congresswoman|Sen\\.|Senator)";
  /** A seat right before the name, perhaps federal and former: 共和党众议员X, 前联邦参议员X, former Sen. X. */
  private static final Pattern SEAT_BEFORE = Pattern.compile("(?:(前|原)?(?:联邦|聯邦)?" + SEAT + "|(former |Former )?"
      + "(?:U\\.S\\. |US )?" + ENGLISH_SEAT + " )\\s*$");
  /** A seat right after the name: 来自密歇根州的X众议员. */
  private static final Pattern SEAT_AFTER = Pattern.compile("^\\s*" + SEAT);
  /** A chamber's own name: 众议院, 美国众议院, 美國聯邦眾議院, the U.S. Senate, the House of Representatives. */
  private static final Pattern CHAMBER = Pattern.compile("^(?:美国|美國)?(?:联邦|聯邦)?(众议院|眾議院|参议院|參議院)$"
      + "|^(?:the )?(?:U\\.S\\. |US |United States )?(Senate|House of Representatives)$");

  private LegislatorSeats() {}

  static List<Relation> find(List<TaggedSentence> sentences, List<Entity> entities) {
    Map<Chamber, String> chambers = chambers(entities);
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
          title = Optional.of(before.group(2) != null ? nullToEmpty(before.group(1)) + before.group(2)
              : nullToEmpty(before.group(3)).toLowerCase() + before.group(4));
          evidence = new Span(base + before.start(), person.span().end());
        } else if (after.find()) {
          title = Optional.of(after.group(1));
          evidence = new Span(person.span().begin(), person.span().end() + after.end());
        }
        if (title.isEmpty()) {
          continue;
        }
        String seat = title.get().replaceFirst("^(前|原|former )", "");
        String chamber = chambers.get(CHAMBER_OF_SEAT.get(seat));
        if (chamber != null && !chamber.equals(person.entityKey())) {
          out.add(new Relation(person.entityKey(), RelationType.WORKS_FOR, new Relation.EntityValue(chamber), title,
              s.index(), evidence, RULE, CONFIDENCE));
        }
      }
    }
    return out;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The chambers the article names, whatever the script or language of the name. */
  private static Map<Chamber, String> chambers(List<Entity> entities) {
    Map<Chamber, String> out = new EnumMap<>(Chamber.class);
    for (Entity e : entities) {
      if (!e.type().isOrganization()) {
        continue;
      }
      for (Mention m : e.mentions()) {
        Matcher chamber = CHAMBER.matcher(m.text().strip());
        if (chamber.matches() && m.source() != Mention.Source.COREFERENCE) {
          String word = chamber.group(1) != null ? chamber.group(1) : chamber.group(2);
          boolean lower = word.equals("众议院") || word.equals("眾議院") || word.startsWith("House");
          out.putIfAbsent(lower ? Chamber.LOWER : Chamber.UPPER, e.key());
        }
      }
    }
    return out;
  }
}
