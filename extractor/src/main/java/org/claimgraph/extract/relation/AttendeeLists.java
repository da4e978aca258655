package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.ParticipantLists;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * ATTENDEE (and SPEAKER_AT) from a list of people under a heading, as readouts, programmes and press releases print
 * them (see {@link ParticipantLists}): one person a line, "Name, Title of Org" or "Title Name". The event is the one
 * the article is about: the event named most often before the heading (the title's, on ties). The list ends at the
 * first line that does not open with a person's name.
 * No sentence rule can see this, since the heading and each name are sentences of their own.
 */
final class AttendeeLists {
  static final String RULE = "lists.attendee-list";
  static final double CONFIDENCE = 0.8;

  /** Bullets and numbers that may open a list line. */
  private static final Pattern BULLET = Pattern.compile("[-–—•*·▪◦]+|\\d{1,3}[.)]?");
  /** Words that may stand before a name in a list line besides job titles: honorifics. */
  private static final Pattern HONORIFIC =
      Pattern.compile("Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?|Prof\\.?|Sir|Dame|Hon\\.?|The");
  private static final int MAX_BEFORE_NAME = 5;
  private static final int MAX_LINE_TOKENS = 40;

  private AttendeeLists() {}

  static List<Relation> find(AnnotatedDocument doc, List<TaggedSentence> tagged) {
    String text = doc.text();
    List<Paragraph> paragraphs = doc.document().paragraphs();
    List<Relation> out = new ArrayList<>();
    for (ParticipantLists.Block block : ParticipantLists.find(text, paragraphs)) {
      Optional<Referent> event = articleEvent(tagged, paragraphs.get(block.opener()).span().begin());
      if (event.isEmpty()) {
        continue;
      }
      for (Paragraph entry : block.entries()) {
        Optional<Listed> listed = listedPerson(tagged, entry.span());
        if (listed.isEmpty()) {
          break;
        }
        Referent person = listed.get().person();
        int sentence = listed.get().sentence().index();
        Span evidence = listed.get().sentence().sentence().span();
        out.add(new Relation(event.get().entityKey(), RelationType.ATTENDEE,
            new Relation.EntityValue(person.entityKey()), Optional.empty(), sentence, evidence, RULE, CONFIDENCE));
        if (block.speakers()) {
          out.add(new Relation(person.entityKey(), RelationType.SPEAKER_AT,
              new Relation.EntityValue(event.get().entityKey()), Optional.empty(), sentence, evidence, RULE,
              CONFIDENCE));
        }
      }
    }
    return out;
  }

  private record Listed(TaggedSentence sentence, Referent person) {}

  /**
   * The person a list line names first, when the line is one short sentence that opens with the name, perhaps after a
   * bullet, honorifics and job titles (Vice President Jane Doe; Dr. John Roe, Director of X).
   */
  private static Optional<Listed> listedPerson(List<TaggedSentence> tagged, Span line) {
    List<TaggedSentence> in = tagged.stream()
        .filter(s -> line.contains(s.sentence().span()) || s.sentence().span().contains(line)).toList();
    if (in.size() != 1 || in.get(0).tags().size() > MAX_LINE_TOKENS) {
      return Optional.empty();
    }
    TaggedSentence s = in.get(0);
    int before = 0;
    for (int t = 0; t < s.tags().size(); t++) {
      String tag = s.tags().get(t);
      String word = s.tokens().get(t).word();
      if (tag.equals("PERSON")) {
        int at = t;
        return s.referents().stream()
            .filter(r -> r.type() == EntityType.PERSON && !r.anaphor()
                && r.span().overlaps(s.tokens().get(at).span()))
            .findFirst().map(r -> new Listed(s, r));
      }
      boolean lead = tag.equals("TITLE") || t == 0 && BULLET.matcher(word).matches()
          || HONORIFIC.matcher(word).matches();
      if (!lead || ++before > MAX_BEFORE_NAME) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The event named most often before {@code offset}; on ties, the one named first (a readout's title). */
  private static Optional<Referent> articleEvent(List<TaggedSentence> tagged, int offset) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Referent> first = new HashMap<>();
    for (TaggedSentence s : tagged) {
      for (Referent r : s.referents()) {
        if (r.type() == EntityType.EVENT && r.span().end() <= offset) {
          counts.merge(r.entityKey(), 1, Integer::sum);
          first.putIfAbsent(r.entityKey(), r);
        }
      }
    }
    return first.values().stream().max(Comparator.comparing((Referent r) -> counts.get(r.entityKey()))
        .thenComparing(r -> -r.span().begin()));
  }
}
