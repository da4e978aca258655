package org.claimgraph.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, defect 6, with the real Chinese pipeline: the 60 KB article holding one 20,000-character sentence ran for
 * more than 7 minutes before the sentence cap; annotated in pieces it must finish within a bound that leaves room for
 * a loaded machine, and no sentence CoreNLP returns may be longer than the cap.
 */
class RunOnSentenceIT {
  private static final Duration BOUND = Duration.ofMinutes(3);

  @Test
  void aTwentyThousandCharacterSentenceIsAnnotatedInBoundedTime() throws Exception {
    String text = SentenceCapTest.runOnArticle();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(PipelineSettings.chineseDefault());
    annotator.load(); // the model load (up to a minute) is not what is bounded

    long start = System.nanoTime();
    AnnotatedDocument annotated = assertTimeoutPreemptively(BOUND, () -> annotator.annotate(document(text)));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    System.err.println("RunOnSentenceIT: annotated " + text.length() + " characters in " + seconds + " s");

    assertThat(annotated.sentences()).isNotEmpty().allSatisfy(s ->
        assertThat(s.span().length()).isLessThanOrEqualTo(SentenceCap.DEFAULT_MAX_CHARS));
    int covered = annotated.sentences().stream().mapToInt(s -> s.span().length()).sum();
    assertThat(covered).as("characters inside sentences").isGreaterThan(text.length() * 9 / 10);
    AnnotatedSentence last = annotated.sentences().get(annotated.sentences().size() - 1);
    assertThat(last.span().end()).isGreaterThan(text.length() - 30);
  }

  private static CleanDocument document(String text) throws Exception {
    int[] identity = new int[text.length()];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    int at = 0;
    for (String line : text.split("\n")) {
      paragraphs.add(new Paragraph(Paragraph.Role.BODY, new Span(at, at + line.length())));
      at += line.length() + 1;
    }
    String sha = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    return new CleanDocument("run-on", new RawDocument("run-on.txt", text, sha, "UTF-8"), "", Optional.empty(),
        Optional.empty(), text, paragraphs, new OffsetMap(identity, text.length()), List.of(), List.of());
  }
}
