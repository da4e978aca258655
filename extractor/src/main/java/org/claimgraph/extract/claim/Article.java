package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Claim.Claimant;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.TaggedSentence;

/** The document as the claim scanners read it: its text, tagged sentences, body paragraphs and author. */
record Article(AnnotatedDocument document, List<TaggedSentence> sentences, List<Paragraph> body,
    Optional<Claimant> author) {

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
