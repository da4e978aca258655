package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.corenlp.TokenRuleMatch.TokenRange;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * English source attribution without a speech verb: "According to X, CONTENT." and "CONTENT, according to X." The
 * speaker is the noun phrase after "to" (a document such as "a report by X" speaks for X); the claim is the rest of
 * the sentence.
 */
final class AccordingTo {
  private final SpeakerFinder speakers;

  AccordingTo(SpeakerFinder speakers) {
    this.speakers = speakers;
  }

  Optional<Draft> find(Article article, TaggedSentence s) {
    List<Token> tokens = s.tokens();
    String text = article.text();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i).word().equalsIgnoreCase("according") || !tokens.get(i + 1).word().equalsIgnoreCase("to")) {
        continue;
      }
      int phraseEnd = i + 2;
      while (phraseEnd < tokens.size() && !ClaimText.isClauseBreak(tokens.get(phraseEnd).word())
          && !tokens.get(phraseEnd).word().equals(".")) {
        phraseEnd++;
      }
      int head = headOf(s, i + 2, phraseEnd);
      Optional<Speaker> speaker = speakers.ofPhrase(article, s, head, new TokenRange(i + 2, phraseEnd), 0.75);
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      Span cue = s.span(i, phraseEnd);
      Span content;
      if (i == 0 || (i == 1 && tokens.get(0).pos().equals("CC"))) {
        content = ClaimText.trimmed(text, phraseEnd < tokens.size() ? tokens.get(phraseEnd).span().end()
            : cue.end(), s.sentence().span().end());
      } else {
        content = ClaimText.trimmed(text, s.sentence().span().begin(), tokens.get(i).span().begin());
      }
      if (content.length() < 2 || !hasVerb(s, content)) {
        return Optional.empty();
      }
      return Optional.of(new Draft(content, ClaimKind.REPORTED_SPEECH, speaker.get(), Optional.of(cue), "",
          "attribution.according-to", content));
    }
    return Optional.empty();
  }

  /** The head of the noun phrase in tokens [from, to): the first token whose governor lies outside it. */
  private static int headOf(TaggedSentence s, int from, int to) {
    for (int t = from; t < to; t++) {
      int token = t;
      boolean inside = s.sentence().dependencies().stream()
          .anyMatch(d -> d.dependent() == token && d.governor() >= from && d.governor() < to);
      if (!inside) {
        return t;
      }
    }
    return to - 1;
  }

  private static boolean hasVerb(TaggedSentence s, Span span) {
    return s.tokens().stream().anyMatch(t -> span.contains(t.span()) && t.pos().startsWith("V"));
  }
}
