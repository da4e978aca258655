package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged documents come back from the result cache, graph for graph; anything that decides a graph is a miss. */
class ResultCacheTest {
  private static final String OTHER_BASE = "https://example.org/kg/";

  @TempDir
  Path tmp;

  private final StringWriter err = new StringWriter();
  private final AtomicInteger annotated = new AtomicInteger();
  private final AtomicInteger extractorsBuilt = new AtomicInteger();

  private List<ExtractionRun.Document> extract(List<Path> files, String base) {
    Annotator counting = new PunctuationAnnotator(d -> annotated.incrementAndGet());
    List<ExtractionRun.Document> done = new ArrayList<>();
    ExtractionRun run = new ExtractionRun(() -> {
      extractorsBuilt.incrementAndGet();
      return DocumentExtractor.standard(counting);
    }, TextDecoder.create().build(), new RdfMapper(new IriMinter(base)), new PrintWriter(err, true), true, false, 2,
        Duration.ZERO);
    run.reusingResults(java.util.Optional.of(ResultCache.under(tmp.resolve("cache"), base, List.of())))
        .run(files, done::add);
    return done;
  }

  @Test
  void aSecondRunReadsEveryGraphBackWithoutBuildingTheExtractor() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 2);
    List<ExtractionRun.Document> first = extract(files, IriMinter.DEFAULT_BASE);
    assertThat(annotated).hasValue(files.size());

    List<ExtractionRun.Document> second = extract(files, IriMinter.DEFAULT_BASE);

    assertThat(annotated).as("nothing annotated again").hasValue(files.size());
    assertThat(extractorsBuilt).as("the second run never built an extractor").hasValue(1);
    for (int i = 0; i < files.size(); i++) {
      assertThat(second.get(i).extraction()).isEmpty();
      assertThat(second.get(i).graph()).isEqualTo(first.get(i).graph());
      assertThat(second.get(i).quads()).as(files.get(i).toString()).containsExactlyElementsOf(first.get(i).quads());
      assertThat(second.get(i).tally()).isEqualTo(first.get(i).tally());
    }
  }

  @Test
  void aChangedArticleOrAnotherBaseIriIsExtractedAgain() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 1);
    extract(files, IriMinter.DEFAULT_BASE);
    Path changed = files.get(1);
    Files.writeString(changed, Files.readString(changed) + "\n补充一段新的文字。\n", StandardCharsets.UTF_8);

    extract(files, IriMinter.DEFAULT_BASE);
    assertThat(annotated).as("only the changed article again").hasValue(files.size() + 1);

    List<ExtractionRun.Document> other = extract(files, OTHER_BASE);
    assertThat(annotated).as("every article under another base").hasValue(2 * files.size() + 1);
    assertThat(other).allSatisfy(d -> assertThat(d.graph()).startsWith(OTHER_BASE));
  }

  @Test
  void anUnreadableCacheFileIsIgnoredAndReplaced() throws IOException {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 0);
    List<ExtractionRun.Document> first = extract(files, IriMinter.DEFAULT_BASE);
    try (Stream<Path> entries = Files.list(tmp.resolve("cache/results"))) {
      for (Path entry : entries.toList()) {
        Files.write(entry, new byte[] {1, 2, 3});
      }
    }

    List<ExtractionRun.Document> again = extract(files, IriMinter.DEFAULT_BASE);

    assertThat(annotated).hasValue(2);
    assertThat(again.get(0).quads()).containsExactlyElementsOf(first.get(0).quads());
    assertThat(extract(files, IriMinter.DEFAULT_BASE).get(0).extraction()).as("rewritten, then reused").isEmpty();
  }
}
