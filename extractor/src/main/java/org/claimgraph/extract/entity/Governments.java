package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/** The pass of {@link LayeredMentionFinder} that reads a place or leader before 政府 or 当局 as a government. */
final class Governments {
  private Governments() {}

  /** 台湾当局, 特朗普政府, 意大利政府: a place's or a leader's name followed by one of these is an organization. */
  private static final Pattern GOVERNMENT = Pattern.compile("^(?:政府|当局|军方)");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention m : List.copyOf(accepted)) {
      if (m.type() != EntityType.PLACE && m.type() != EntityType.PERSON) {
        continue;
      }
      Matcher g = GOVERNMENT.matcher(text).region(m.span().end(), text.length());
      if (g.lookingAt()) {
        Span span = new Span(m.span().begin(), g.end());
        accepted.remove(m);
        accepted.add(new Mention(span, span.of(text), EntityType.ORGANIZATION, m.sentence(), Mention.Source.PATTERN));
      }
    }
  }
}
