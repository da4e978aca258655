package org.claimgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.claimgraph.ontology.CG;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest against a running claimgraph server (with its password file) and a bare Fuseki with an in-memory dataset,
 * both on loopback; CoreNLP replaced by {@link PunctuationAnnotator}.
 */
class IngestTest {
  private static final String BASE = IriMinter.DEFAULT_BASE;

  @TempDir
  Path tmp;

  private final StringWriter err = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private final DocumentExtractor extractor = DocumentExtractor.standard(new PunctuationAnnotator());
  private ClaimgraphServer claimgraph;
  private FusekiServer bare;
  private DatasetGraph bareDataset;
  private Path passwd;

  @BeforeEach
  void startServers() throws IOException {
    passwd = Files.writeString(tmp.resolve("passwd"), "# writers\nwriter: s3cret-pw\n");
    claimgraph = ClaimgraphServer.create().port(0).loopback(true).store(tmp.resolve("data")).passwordFile(passwd)
        .build().start();
    bareDataset = DatasetGraphFactory.createTxnMem();
    bare = FusekiServer.create().port(0).loopback(true).add("/ds", bareDataset).build().start();
  }

  @AfterEach
  void stopServers() {
    if (claimgraph != null) {
      claimgraph.stop();
    }
    if (bare != null) {
      bare.stop();
    }
  }

  private Ingester ingester(GraphStoreTarget target, boolean force) {
    TextDecoder decoder = TextDecoder.create().build();
    RdfMapper mapper = new RdfMapper(new IriMinter(BASE));
    PrintWriter log = new PrintWriter(err, true);
    return new Ingester(() -> new ExtractionRun(extractor, decoder, mapper, log, true, false, 2, Duration.ZERO),
        decoder, "test-settings", target, IngestLedger.open(tmp.resolve("ledger-" + target.endpoint().hashCode())),
        log, force);
  }

  private GraphStoreTarget claimgraphTarget() {
    return new GraphStoreTarget(claimgraph.datasetUrl(), "data", PasswordFile.read(passwd, null));
  }

  private GraphStoreTarget bareTarget() {
    return new GraphStoreTarget("http://localhost:" + bare.getHttpPort() + "/ds", "data", null);
  }

  /** Each file's graph as the extractor makes it, to compare with what the servers hold. */
  private Map<String, Graph> expectedGraphs(List<Path> files) {
    Map<String, Graph> graphs = new LinkedHashMap<>();
    new ExtractionRun(extractor, TextDecoder.create().build(), new RdfMapper(new IriMinter(BASE)),
        new PrintWriter(new StringWriter()), true, false, 1, Duration.ZERO)
        .run(files, d -> graphs.put(d.graph(), ExtractionRunTest.graphOf(d)));
    return graphs;
  }

  @Test
  void documentsPutIntoAClaimgraphServerShowOnItsPagesAndInItsTextIndexWithoutARestart() throws Exception {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 2);
    Map<String, Graph> expected = expectedGraphs(files);
    String firstDocPage = "/id/doc/" + expected.keySet().iterator().next().substring((BASE + "graph/").length());
    assertThat(get(claimgraph.serverUrl() + firstDocPage.substring(1)).statusCode()).isEqualTo(404);

    Ingester ingester = ingester(claimgraphTarget(), false);
    ingester.sendOntology();
    assertThat(ingester.ingest(files)).isEqualTo(ExitCodes.OK);

    for (Map.Entry<String, Graph> e : expected.entrySet()) {
      Graph served = GSP.service(claimgraph.datasetUrl() + "/get").graphName(e.getKey()).GET();
      assertThat(served.isIsomorphicWith(e.getValue())).as(e.getKey()).isTrue();
    }
    assertThat(get(claimgraph.serverUrl() + firstDocPage.substring(1)).statusCode()).isEqualTo(200);
    // The Lucene index is updated by the Graph Store writes: a label from the ingested graph is found by text:query.
    String label = anyEntityLabel(claimgraph.sparqlUrl(), expected.keySet().iterator().next());
    try (RDFConnection c = RDFConnection.connect(claimgraph.sparqlUrl());
        QueryExecution q = c.query("PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: "
            + "<http://www.w3.org/2000/01/rdf-schema#> SELECT ?s { ?s text:query (rdfs:label \"\\\"" + label
            + "\\\"\") }")) {
      List<String> hits = new ArrayList<>();
      q.execSelect().forEachRemaining(s -> hits.add(s.getResource("s").getURI()));
      assertThat(hits).as("text index hits for " + label).isNotEmpty();
    }
    assertThat(get(claimgraph.serverUrl() + "search?q=" + URLEncoder.encode(label, StandardCharsets.UTF_8)).body())
        .contains(label);
  }

  @Test
  void theSameCommandFillsABareFusekiAndTheLedgerSkipsWhatWasSent() throws Exception {
    List<Path> files = TestArticles.copy(tmp.resolve("in"), 2);
    Map<String, Graph> expected = expectedGraphs(files);
    Ingester ingester = ingester(bareTarget(), false);
    ingester.sendOntology();
    assertThat(ingester.ingest(files)).isEqualTo(ExitCodes.OK);
    Txn.executeRead(bareDataset, () -> {
      assertThat(bareDataset.containsGraph(NodeFactory.createURI(CG.ONTOLOGY_IRI))).isTrue();
      expected.forEach((graph, triples) -> assertThat(
          bareDataset.getGraph(NodeFactory.createURI(graph)).isIsomorphicWith(triples)).as(graph).isTrue());
    });

    // A second run sends nothing: a graph removed on the server behind its back stays removed...
    String first = expected.keySet().iterator().next();
    Txn.executeWrite(bareDataset, () -> bareDataset.removeGraph(NodeFactory.createURI(first)));
    assertThat(ingester(bareTarget(), false).ingest(files)).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains(files.size() + " of " + files.size() + " documents already sent");
    Txn.executeRead(bareDataset, () -> assertThat(bareDataset.getGraph(NodeFactory.createURI(first)).isEmpty())
        .isTrue());
    // ...until --force sends everything again.
    assertThat(ingester(bareTarget(), true).ingest(files)).isEqualTo(ExitCodes.OK);
    Txn.executeRead(bareDataset, () -> assertThat(bareDataset.getGraph(NodeFactory.createURI(first))
        .isIsomorphicWith(expected.get(first))).isTrue());
  }

  @Test
  void aWrongPasswordOrNoneIsRefusedBeforeAnyExtraction() throws IOException {
    Path wrong = Files.writeString(tmp.resolve("wrong"), "writer: not-the-password\n");
    GraphStoreTarget wrongLogin = new GraphStoreTarget(claimgraph.datasetUrl(), "data", PasswordFile.read(wrong, null));
    assertThatThrownBy(() -> ingester(wrongLogin, false).sendOntology()).isInstanceOf(StoreException.class)
        .hasMessageContaining("401").hasMessageContaining("writer").hasMessageContaining("--passwd");
    GraphStoreTarget anonymous = new GraphStoreTarget(claimgraph.datasetUrl(), "data", null);
    assertThatThrownBy(() -> ingester(anonymous, false).sendOntology()).isInstanceOf(StoreException.class)
        .hasMessageContaining("401").hasMessageContaining("--passwd");
    GraphStoreTarget nobody = new GraphStoreTarget("http://localhost:1/kg", "data", null);
    assertThatThrownBy(() -> ingester(nobody, false).sendOntology()).isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot connect");
  }

  @Test
  void watchModeSendsEachNewOrChangedFile() throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    List<Path> articles = TestArticles.copy(tmp.resolve("articles"), 1);
    Ingester ingester = ingester(bareTarget(), false);
    Thread watcher = new Thread(() -> ingester.watch(inbox, Duration.ofSeconds(1)), "test-watch");
    watcher.start();
    try {
      Path arrived = Files.copy(articles.get(0), inbox.resolve(articles.get(0).getFileName()));
      String graph = expectedGraphs(List.of(arrived)).keySet().iterator().next();
      long before = awaitGraphSize(graph, size -> size > 0);

      // The same file cut to its first half replaces its graph with a smaller one.
      List<String> lines = Files.readAllLines(arrived);
      Files.write(arrived, lines.subList(0, lines.size() / 2));
      awaitGraphSize(graph, size -> size != before);
    } finally {
      watcher.interrupt();
      watcher.join(30_000);
    }
    assertThat(watcher.isAlive()).isFalse();
  }

  private long awaitGraphSize(String graph, java.util.function.LongPredicate wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      long size = Txn.calculateRead(bareDataset, () -> bareDataset.getGraph(NodeFactory.createURI(graph)).size());
      if (wanted.test(size)) {
        return size;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("graph " + graph + " never reached the wanted size; log:\n" + err);
  }

  private static String anyEntityLabel(String sparql, String graph) {
    try (RDFConnection c = RDFConnection.connect(sparql);
        QueryExecution q = c.query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l { GRAPH <"
            + graph + "> { ?e rdfs:label ?l FILTER(STRSTARTS(STR(?e), \"" + BASE + "entity/\")) "
            + "FILTER(STRLEN(?l) >= 4) } } ORDER BY ?l LIMIT 1")) {
      QuerySolution s = q.execSelect().next();
      return s.getLiteral("l").getLexicalForm();
    }
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
