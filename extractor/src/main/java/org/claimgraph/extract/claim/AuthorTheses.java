package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Stance;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * The author's own theses: sentences with a marker of {@code author-cues.tsv}, outside quotations, that no one else
 * is said to have said, claimed by the byline's author.
 */
final class AuthorTheses {
  /** A leading adverbial this short before the first comma is not part of a thesis: 现在， 当然， */
  private static final int LEADING_ADVERBIAL_MAX = 6;
  private static final double CONFIDENCE = 0.6;
  private static final String SENTENCE_ENDS = "。！？!?";

  private final AuthorCues cues;
  private final StanceClassifier stance;

  AuthorTheses(AuthorCues cues, StanceClassifier stance) {
    this.cues = cues;
    this.stance = stance;
  }

  /** Theses in sentences no draft in {@code taken} overlaps. */
  List<Draft> find(Article article, List<Draft> taken) {
    List<Draft> found = new ArrayList<>();
    if (article.author().isEmpty()) {
      return found;
    }
    Speaker author = new Speaker(article.author().get(), CONFIDENCE, true);
    String text = article.text();
    List<Quotations.Quote> quotes = new ArrayList<>();
    article.body().forEach(p -> quotes.addAll(Quotations.find(text, p.span())));
    for (TaggedSentence s : article.sentences()) {
      Span span = s.sentence().span();
      String sentence = s.text().strip();
      if (article.body().stream().map(Paragraph::span).noneMatch(p -> p.contains(span)) || sentence.endsWith("？")
          || sentence.endsWith("?") || taken.stream().anyMatch(d -> d.span().overlaps(span))
          || quotes.stream().anyMatch(q -> !q.isScareQuote(text) && q.content().overlaps(span))) {
        continue;
      }
      Optional<AuthorCues.Cue> cue = cues.find(sentence);
      if (cue.isEmpty() || (cue.get().needsSide() && !stance.namesSide(sentence))) {
        continue;
      }
      Span thesis = thesis(text, span, cue.get());
      // A thesis on the debate takes a side or weighs both; 总的来说，专有模型投入资源最多 states a fact.
      if (thesis.length() < 2
          || (cue.get().needsSide() && stance.classify(thesis.of(text)).stance() == Stance.NEUTRAL)) {
        continue;
      }
      found.add(new Draft(thesis, cue.get().kind(), author, Optional.empty(), thesis.of(text),
          cue.get().atStart() ? "author.opening-marker" : "author.thesis-marker", thesis));
    }
    return found;
  }

  /** The sentence without its opening marker or short leading adverbial and without its final punctuation. */
  private Span thesis(String text, Span sentence, AuthorCues.Cue cue) {
    int begin = sentence.begin();
    int end = sentence.end();
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    if (cue.atStart() && text.startsWith(cue.form(), begin)) {
      begin += cue.form().length();
    }
    int comma = -1;
    for (int i = begin; i < end && i - begin <= LEADING_ADVERBIAL_MAX; i++) {
      if ("，,".indexOf(text.charAt(i)) >= 0) {
        comma = i;
        break;
      }
    }
    if (comma >= 0 && !stance.namesSide(text.substring(begin, comma))) {
      begin = comma + 1;
    }
    while (end > begin && (SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0
        || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return new Span(begin, end);
  }
}
