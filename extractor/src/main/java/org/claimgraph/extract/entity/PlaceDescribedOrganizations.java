package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.LexiconMatch;
import org.claimgraph.extract.lexicon.LexiconMatcher;

/**
 * A known place and the kind of body before an organization's name, which NER may read as one name: 华府智库某某研究中心
 * is the think tank 某某研究中心 in Washington (guideline 8.1: places are PLACE). The place and the name become two
 * mentions; the kind word belongs to neither.
 */
final class PlaceDescribedOrganizations {
  private PlaceDescribedOrganizations() {}

  /** The kind word after the place, then the organization's own name of two characters or more. */
  private static final Pattern KIND_THEN_NAME = Pattern.compile("^(?:智库|智庫|智囊机构|智囊機構)(\\p{IsHan}.+)$");

  static void split(AnnotatedDocument doc, List<Mention> accepted, LexiconMatcher lexicon) {
    for (Mention m : List.copyOf(accepted)) {
      if (!m.type().isOrganization() || m.source() == Mention.Source.LEXICON) {
        continue;
      }
      for (LexiconMatch place : lexicon.find(m.text())) {
        if (place.span().begin() != 0 || place.entry().type() != EntityType.PLACE) {
          continue;
        }
        Matcher rest = KIND_THEN_NAME.matcher(m.text().substring(place.span().end()));
        if (!rest.matches() || rest.group(1).startsWith("的")) {
          continue;
        }
        int begin = m.span().begin();
        Span placeSpan = new Span(begin, begin + place.span().end());
        Span name = new Span(begin + place.span().end() + rest.start(1), m.span().end());
        accepted.remove(m);
        accepted.add(new Mention(placeSpan, placeSpan.of(doc.text()), EntityType.PLACE, m.sentence(),
            Mention.Source.PATTERN));
        accepted.add(new Mention(name, name.of(doc.text()), m.type(), m.sentence(), Mention.Source.PATTERN));
        break;
      }
    }
  }
}
