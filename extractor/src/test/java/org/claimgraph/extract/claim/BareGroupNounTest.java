package org.claimgraph.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.junit.jupiter.api.Test;

/**
 * A group noun the parse leaves bare (a report by the X team frames …, with "frames" read as a plural noun) takes in
 * the names and nouns right before it and their determiner. The recorded fixtures cannot show it: CoreNLP parsed every
 * invented sentence of that shape with the names as the noun's compounds, so the tokens and arcs are written out here.
 */
class BareGroupNounTest {

  /** Tokens given as word/POS pairs, separated by spaces, with the given dependency arcs. */
  private static TaggedSentence sentence(List<Dependency> arcs, String... wordsAndTags) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < wordsAndTags.length; i++) {
      String[] parts = wordsAndTags[i].split("/");
      if (i > 0) {
        text.append(' ');
      }
      tokens.add(new Token(i, parts[0], new Span(text.length(), text.length() + parts[0].length()), parts[1], "O"));
      text.append(parts[0]);
    }
    AnnotatedSentence s = new AnnotatedSentence(0, new Span(0, text.length()), tokens, arcs, List.of());
    return new TaggedSentence(s, text.toString(), Collections.nCopies(tokens.size(), "O"), List.of(), List.of(),
        List.of());
  }

  @Test
  void aBareTeamTakesInTheNamesBeforeItAndTheirArticle() {
    // A note by the Orbit Maps team frames …: "team" (6) with no arcs of its own, "frames" read as a noun
    TaggedSentence s = sentence(List.of(new Dependency("root", -1, 7)), "A/DT", "note/NN", "by/IN", "the/DT",
        "Orbit/NNP", "Maps/NNPS", "team/NN", "frames/NNS", "the/DT", "update/NN");
    assertThat(SpeakerFinder.englishNounRunStart(s, 6)).isEqualTo(3);
  }

  @Test
  void wordsTheParseHangsOnTheVerbStayOutside() {
    // Last week analysts said …: "week" (1) is the verb's adverbial of time, not part of the group
    TaggedSentence s = sentence(List.of(new Dependency("root", -1, 3), new Dependency("obl:tmod", 3, 1),
        new Dependency("amod", 1, 0), new Dependency("nsubj", 3, 2)), "Last/JJ", "week/NN", "analysts/NNS",
        "said/VBD", "prices/NNS", "fell/VBD");
    assertThat(SpeakerFinder.englishNounRunStart(s, 2)).isEqualTo(2);
  }
}
