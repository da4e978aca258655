package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Claim.Claimant;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * The document as the claim scanners read it: its text, tagged sentences, body paragraphs and author, and the relations
 * the relation stage found in it (who holds which post where).
 */
record Article(AnnotatedDocument document, List<TaggedSentence> sentences, List<Paragraph> body,
    Optional<Claimant> author, List<Entity> entities, List<Relation> relations) {

  /**
   * The last name of a known person or organization written in {@code span}, even where no mention covers it (the
   * segmenter split the name differently there: 谷/立言).
   */
  Optional<Claimant> knownNameIn(Span span) {
    String inside = span.of(text());
    Claimant best = null;
    int bestAt = -1;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && !e.type().isOrganization()) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.source() == Mention.Source.COREFERENCE || m.text().length() < 2) {
          continue;
        }
        int at = inside.lastIndexOf(m.text());
        int after = span.begin() + at + m.text().length();
        if (at >= 0 && after < text().length() && "的之".indexOf(text().charAt(after)) >= 0) {
          continue; // Hugging Face的生态系统: the name only modifies the noun after it
        }
        if (at > bestAt || (at == bestAt && at >= 0 && m.text().length() > best.description().length())) {
          bestAt = at;
          best = new Claimant(Optional.of(e.key()), m.text());
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a known person's or organization's name ends right before {@code offset} (its mentions' wording). */
  boolean knownNameEndsAt(int offset) {
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && !e.type().isOrganization()) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int begin = offset - m.text().length();
        if (m.source() != Mention.Source.COREFERENCE && m.text().length() >= 2 && begin >= 0
            && text().startsWith(m.text(), begin)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The type of the entity with this key, if the entity stage found it. */
  Optional<EntityType> typeOf(String key) {
    return entities.stream().filter(e -> e.key().equals(key)).map(Entity::type).findFirst();
  }

  String text() {
    return document.text();
  }

  List<TaggedSentence> sentencesIn(Span paragraph) {
    return sentences.stream().filter(s -> paragraph.contains(s.sentence().span())).toList();
  }

  /** The sentence holding {@code offset}, or the last one starting before it. */
  Optional<TaggedSentence> sentenceAt(int offset) {
    TaggedSentence last = null;
    for (TaggedSentence s : sentences) {
      if (s.sentence().span().begin() <= offset) {
        last = s;
      }
    }
    return Optional.ofNullable(last);
  }

  Optional<TaggedSentence> previous(TaggedSentence s) {
    return s.index() > 0 ? Optional.of(sentences.get(s.index() - 1)) : Optional.empty();
  }
}
