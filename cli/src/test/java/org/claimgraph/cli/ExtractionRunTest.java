package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run flow without CoreNLP: order, threads, the time budget. */
class ExtractionRunTest {
  @TempDir
  Path tmp;

  private final StringWriter err = new StringWriter();

  private ExtractionRun run(Annotator annotator, int threads, Duration budget) {
    return new ExtractionRun(DocumentExtractor.standard(annotator), TextDecoder.create().build(),
        new RdfMapper(new IriMinter(IriMinter.DEFAULT_BASE)), new PrintWriter(err, true), false, false, threads,
        budget);
  }

  /** The test annotator, which does {@code action} first when it annotates the file named {@code fileName}. */
  private static Annotator onFile(String fileName, Runnable action) {
    return new PunctuationAnnotator(d -> {
      if (d.raw().source().endsWith(fileName)) {
        action.run();
      }
    });
  }

  static Graph graphOf(ExtractionRun.Document d) {
    Graph g = GraphFactory.createDefaultGraph();
    d.quads().forEach(q -> g.add(q.asTriple()));
    return g;
  }

  @Test
  void documentsArriveInInputOrderWithTheSameGraphsWhateverTheNumberOfThreads() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 4);
    String first = files.get(0).getFileName().toString();
    // The first document is the slowest: with several threads the others are finished before it.
    Annotator slowFirst = onFile(first, () -> sleep(Duration.ofMillis(800)));
    List<ExtractionRun.Document> oneThread = new ArrayList<>();
    List<ExtractionRun.Document> fourThreads = new ArrayList<>();
    run(slowFirst, 1, Duration.ZERO).run(files, oneThread::add);
    ExtractionRun four = run(slowFirst, 4, Duration.ZERO).run(files, fourThreads::add);

    assertThat(fourThreads).extracting(ExtractionRun.Document::file).containsExactlyElementsOf(files);
    assertThat(oneThread).extracting(ExtractionRun.Document::file).containsExactlyElementsOf(files);
    for (int i = 0; i < files.size(); i++) {
      Graph expected = graphOf(oneThread.get(i));
      assertThat(expected.size()).as(files.get(i).toString()).isGreaterThan(100);
      assertThat(graphOf(fourThreads.get(i)).isIsomorphicWith(expected)).as(files.get(i).toString()).isTrue();
    }
    assertThat(four.summary()).contains(files.size() + " documents").contains("4 threads");
    assertThat(err.toString()).containsPattern("documents/s, .* left");
  }

  @Test
  void workersRunAheadOfALongDocumentAtTheHeadOfTheOutput() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 9);
    String head = files.get(0).getFileName().toString();
    CountDownLatch othersAnnotated = new CountDownLatch(files.size() - 1);
    AtomicBoolean othersFinishedFirst = new AtomicBoolean();
    // The first document, which the output waits for, is held until every other one has been annotated.
    Annotator headWaits = new PunctuationAnnotator(d -> {
      if (d.raw().source().endsWith(head)) {
        try {
          othersFinishedFirst.set(othersAnnotated.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else {
        othersAnnotated.countDown();
      }
    });
    List<ExtractionRun.Document> done = new ArrayList<>();
    run(headWaits, 2, Duration.ZERO).run(files, done::add);

    assertThat(othersFinishedFirst).as("the second worker went on past the first document").isTrue();
    assertThat(done).extracting(ExtractionRun.Document::file).containsExactlyElementsOf(files);
  }

  @Test
  void aDocumentOverTheTimeBudgetFailsClearlyAndTheOthersGoOn() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 2);
    String stuck = files.get(1).getFileName().toString();
    Annotator hangs = onFile(stuck, () -> sleep(Duration.ofMinutes(5)));
    List<ExtractionRun.Document> done = new ArrayList<>();
    long start = System.nanoTime();
    ExtractionRun run = run(hangs, 1, Duration.ofSeconds(8)).run(files, done::add);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
    assertThat(done).as(err.toString()).extracting(ExtractionRun.Document::file)
        .containsExactly(files.get(0), files.get(2));
    assertThat(run.failed).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo(files.get(1));
      assertThat(f.message()).contains(stuck).contains("time budget of 8 s").contains("annotate")
          .contains("--time-budget");
    });
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
  }

  @Test
  void aDocumentThatMeetsABugFailsAloneAndTheOthersGoOn() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 2);
    String broken = files.get(1).getFileName().toString();
    Annotator failsOnOne = onFile(broken, () -> {
      throw new IllegalStateException("no value present");
    });
    List<ExtractionRun.Document> done = new ArrayList<>();
    ExtractionRun run = run(failsOnOne, 2, Duration.ZERO).run(files, done::add);

    assertThat(done).as(err.toString()).extracting(ExtractionRun.Document::file)
        .containsExactly(files.get(0), files.get(2));
    assertThat(run.failed).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo(files.get(1));
      assertThat(f.message()).contains(broken).contains("internal error in stage 'annotate'")
          .contains("no value present").contains("the other documents go on").contains("-v");
    });
    assertThat(err.toString()).contains("internal error");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
  }

  @Test
  void aRunWhoseEveryDocumentMeetsABugExitsAsAnInternalError() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 1);
    Annotator alwaysFails = new PunctuationAnnotator(d -> {
      throw new IllegalStateException("no value present");
    });
    ExtractionRun run = run(alwaysFails, 1, Duration.ZERO).run(files, d -> { });

    assertThat(run.failed).hasSize(files.size());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
