package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.claimgraph.store.ExportFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What extract writes, document by document, reads back as the documents' graphs in every format. */
class RdfOutputTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void theStreamedOutputHoldsEveryDocumentsGraph(ExportFormat format) throws IOException {
    List<ExtractionRun.Document> documents = new ArrayList<>();
    new ExtractionRun(DocumentExtractor.standard(new PunctuationAnnotator()), TextDecoder.create().build(),
        new RdfMapper(new IriMinter(IriMinter.DEFAULT_BASE)), new PrintWriter(new StringWriter()), true, false, 2,
        Duration.ZERO).run(TestArticles.copy(tmp, 2), documents::add);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RdfOutput out = new RdfOutput(format, bytes)) {
      documents.forEach(out::accept);
    }

    DatasetGraph read = DatasetGraphFactory.createTxnMem();
    RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(format.lang()).parse(read);
    if (format == ExportFormat.TURTLE) {
      Graph merged = GraphFactory.createDefaultGraph();
      documents.forEach(d -> d.quads().forEach(q -> merged.add(q.asTriple())));
      assertThat(read.getDefaultGraph().isIsomorphicWith(merged)).isTrue();
    } else {
      assertThat(documents).hasSize(3).allSatisfy(d -> assertThat(
          read.getGraph(NodeFactory.createURI(d.graph())).isIsomorphicWith(ExtractionRunTest.graphOf(d)))
          .as(d.graph()).isTrue());
    }
  }
}
