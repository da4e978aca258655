package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.junit.jupiter.api.Test;

/**
 * One CoreNLP pipeline shared by several worker threads gives the same graphs as one thread. No annotation cache:
 * both runs really annotate, the second with two documents in CoreNLP at once.
 */
class ParallelExtractionIT {
  @Test
  void twoThreadsSharingOnePipelineGiveTheSameGraphsAsOne() throws IOException {
    List<Path> files;
    try (Stream<Path> dev = Files.list(TestArticles.DEV)) {
      files = dev.filter(f -> f.toString().endsWith(".zh.txt")).sorted().limit(4).toList();
    }
    DocumentExtractor shared = DocumentExtractor.standard((Path) null);
    StringWriter err = new StringWriter();
    List<ExtractionRun.Document> one = new ArrayList<>();
    List<ExtractionRun.Document> two = new ArrayList<>();
    extraction(shared, 1, err).run(files, one::add);
    ExtractionRun parallel = extraction(shared, 2, err).run(files, two::add);

    assertThat(parallel.failed).as(err.toString()).isEmpty();
    assertThat(two).extracting(ExtractionRun.Document::file).containsExactlyElementsOf(files);
    assertThat(one).extracting(ExtractionRun.Document::file).containsExactlyElementsOf(files);
    for (int i = 0; i < files.size(); i++) {
      Graph expected = ExtractionRunTest.graphOf(one.get(i));
      assertThat(expected.size()).isGreaterThan(100);
      assertThat(ExtractionRunTest.graphOf(two.get(i)).isIsomorphicWith(expected)).as(files.get(i).toString())
          .isTrue();
    }
  }

  private static ExtractionRun extraction(DocumentExtractor extractor, int threads, StringWriter err) {
    return new ExtractionRun(extractor, TextDecoder.create().build(),
        new RdfMapper(new IriMinter(IriMinter.DEFAULT_BASE)), new PrintWriter(err, true), true, false, threads,
        Duration.ZERO);
  }
}
