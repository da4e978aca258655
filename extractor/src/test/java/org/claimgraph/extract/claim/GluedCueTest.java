package org.claimgraph.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.junit.jupiter.api.Test;

/**
 * A cue the segmenter glued into one proper-noun token with the name before it (NAME说 as one NR token, as it does at a
 * sentence's start after a quotation). The recorded fixtures cannot show it: the segmenter did not glue any invented
 * name, so the tokens are written out here.
 */
class GluedCueTest {
  private static final AttributionCues CUES = AttributionCues.load();

  /** Tokens given as word/POS pairs, laid end to end. */
  private static TaggedSentence sentence(String... wordsAndTags) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < wordsAndTags.length; i++) {
      String[] parts = wordsAndTags[i].split("/");
      tokens.add(new Token(i, parts[0], new Span(text.length(), text.length() + parts[0].length()), parts[1], "O"));
      text.append(parts[0]);
    }
    AnnotatedSentence s = new AnnotatedSentence(0, new Span(0, text.length()), tokens, List.of(), List.of());
    return new TaggedSentence(s, text.toString(), Collections.nCopies(tokens.size(), "O"), List.of(), List.of(),
        List.of());
  }

  @Test
  void aCueGluedToAKnownNameBeforeACommaIsFound() {
    TaggedSentence s = sentence("林钧说/NR", "，/PU", "成本/NN", "会/VV", "下降/VV", "。/PU");
    IntPredicate nameEndsAt = offset -> offset == 2; // 林钧 is a known name
    List<AttributionCues.Hit> hits = CUES.find(s, nameEndsAt);
    assertThat(hits).extracting(AttributionCues.Hit::form).containsExactly("说");
    assertThat(hits.get(0).span()).isEqualTo(new Span(2, 3));
  }

  @Test
  void noCueInsideATokenWhenNoKnownNameEndsBeforeIt() {
    TaggedSentence s = sentence("林钧说/NR", "，/PU", "成本/NN", "会/VV", "下降/VV", "。/PU");
    assertThat(CUES.find(s, offset -> false)).isEmpty();
  }

  @Test
  void noCueInsideANameTokenFollowedByMoreWords() {
    // 林钧说明书: a name and a noun, no comma after the token, so no statement starts there
    TaggedSentence s = sentence("林钧说/NR", "明书/NN", "已经/AD", "更新/VV", "。/PU");
    assertThat(CUES.find(s, offset -> offset == 2)).extracting(AttributionCues.Hit::form).doesNotContain("说");
  }
}
