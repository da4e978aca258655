package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/** The pass of {@link LayeredMentionFinder} that names the speakers of a transcript by their line labels. */
final class TranscriptSpeakers {
  private TranscriptSpeakers() {}

  /**
   * "Jane Doe: …" or "JANE DOE: …" at the start of a line: a transcript or Q&A names who speaks by two or three
   * capitalized words before a colon. NER reads such a name in pieces when its first word is also a place (Austin,
   * Denver) and often misses names in capitals. A label is taken only in a document with two or more such lines, at
   * least one of which NER reads as a person's name, so a heading like "Key Points:" in an ordinary article is not.
   */
  private static final Pattern SPEAKER_LINE = Pattern.compile(
      "(?m)^(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}|[A-Z]{2,}(?:[ -][A-Z]{2,}){1,2})(?: \\([A-Z]{1,4}\\))?:[ \t]+\\S");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    List<Span> labels = new ArrayList<>();
    boolean namedByNer = false;
    for (Matcher m = SPEAKER_LINE.matcher(text); m.find(); ) {
      Span label = new Span(m.start("name"), m.end("name"));
      List<Token> tokens = doc.sentences().get(doc.sentenceAt(label.begin())).tokens().stream()
          .filter(t -> t.span().overlaps(label)).toList();
      if (tokens.isEmpty() || tokens.stream().anyMatch(t -> !t.pos().startsWith("NNP") && !t.word().equals("-"))) {
        continue;
      }
      namedByNer |= tokens.stream().anyMatch(t -> t.ner().equals("PERSON"));
      labels.add(label);
    }
    if (labels.size() < 2 || !namedByNer) {
      return;
    }
    for (Span label : labels) {
      List<Mention> inside = accepted.stream().filter(a -> a.span().overlaps(label)).toList();
      // A known organization or product speaking ("Acme: we disagree") keeps its own name; a place's name is also
      // a given name (Austin, Denver), so NER's or the place lexicon's reading of one word yields.
      if (inside.stream().anyMatch(a -> !label.contains(a.span()) || a.source() != Mention.Source.NER
          && a.type() != EntityType.PLACE && a.type() != EntityType.PERSON && a.type() != EntityType.TOPIC)) {
        continue;
      }
      accepted.removeAll(inside);
      accepted.add(new Mention(label, label.of(text), EntityType.PERSON, doc.sentenceAt(label.begin()),
          Mention.Source.PATTERN));
    }
  }
}
