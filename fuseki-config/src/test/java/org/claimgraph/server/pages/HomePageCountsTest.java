package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page's counts are kept per named graph: a write through the server recounts the graphs it changed and no
 * other, and the page always equals one counted from scratch, whatever the write (Graph Store Protocol PUT and DELETE,
 * SPARQL update, a write that bypassed the server).
 */
class HomePageCountsTest {

  static final String CG = LinkedDataPagesTest.CG;
  static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

  @TempDir
  Path store;

  @Test
  void aWriteThroughTheServerRecountsOnlyTheGraphsItChanged() {
    DatasetGraph tdb2 = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    PagesFixture.load(tdb2, PagesFixture.FIXTURE);
    DatasetGraph served = GraphChanges.record(tdb2);
    Site site = Site.create(served, PagesFixture.BASE, "kg");
    HomePage home = site.home();

    HomePage.View first = home.build(PageLanguage.EN);
    long graphs = home.graphsCounted();
    assertThat(graphs).as("the first page counts every graph").isGreaterThan(1);
    assertThatPageEqualsOneCountedFromScratch(first, tdb2);

    addDocument(served, "added", "entity/openai");
    HomePage.View afterAdd = home.build(PageLanguage.EN);
    assertThat(home.graphsCounted()).as("one new document: one graph counted").isEqualTo(graphs + 1);
    assertThat(PageKeepingTest.documents(afterAdd)).isEqualTo(PageKeepingTest.documents(first) + 1);
    assertThatPageEqualsOneCountedFromScratch(afterAdd, tdb2);

    Txn.executeWrite(served, () -> UpdateExec.dataset(served).update("DROP GRAPH <" + PagesFixture.BASE
        + "graph/added>").execute());
    HomePage.View afterDrop = home.build(PageLanguage.EN);
    assertThat(home.graphsCounted()).as("a dropped graph is counted again, and found gone").isEqualTo(graphs + 1);
    assertThat(PageKeepingTest.documents(afterDrop)).isEqualTo(PageKeepingTest.documents(first));
    assertThatPageEqualsOneCountedFromScratch(afterDrop, tdb2);

    addDocument(tdb2, "bypassing", "entity/meta");
    HomePage.View afterBypass = home.build(PageLanguage.EN);
    assertThat(home.graphsCounted()).as("a write the server did not see: everything is counted again")
        .isGreaterThan(graphs + 1 + graphs);
    assertThat(PageKeepingTest.documents(afterBypass)).isEqualTo(PageKeepingTest.documents(first) + 1);
    assertThatPageEqualsOneCountedFromScratch(afterBypass, tdb2);
  }

  @Test
  void graphStorePutDeleteAndUpdateOverHttpKeepTheHomePageRight() throws Exception {
    DatasetGraph tdb2 = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    try (PagesFixture fixture = PagesFixture.start(GraphChanges.record(tdb2), builder -> {})) {
      HttpClient http = HttpClient.newHttpClient();
      String before = PageKeepingTest.statistic(home(fixture), "documents");
      String graph = URLEncoder.encode(PagesFixture.BASE + "graph/put", StandardCharsets.UTF_8);
      String turtle = "<" + PagesFixture.BASE + "doc/put> a <" + CG + "Article> ; <" + CG + "title> \"Put\"@en .\n"
          + "<" + PagesFixture.BASE + "doc/put/mention/0-4> <" + ITSRDF + "taIdentRef> <" + PagesFixture.BASE
          + "entity/openai> .";

      HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/kg/data?graph=" + graph)))
          .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).isIn(200, 201, 204);
      assertThat(PageKeepingTest.statistic(home(fixture), "documents"))
          .isEqualTo(String.valueOf(Long.parseLong(before) + 1));
      assertThat(home(fixture)).isEqualTo(homeCountedFromScratch(fixture, tdb2));

      HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/kg/update")))
          .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(
              "INSERT DATA { GRAPH <" + PagesFixture.BASE + "graph/put> { <" + PagesFixture.BASE + "doc/put/claim/1>"
                  + " a <" + CG + "Claim> ; <" + CG + "stance> <" + CG + "ProOpen> } }")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(update.statusCode()).isIn(200, 204);
      assertThat(home(fixture)).isEqualTo(homeCountedFromScratch(fixture, tdb2));

      HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/kg/data?graph="
          + graph))).DELETE().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(delete.statusCode()).isIn(200, 204);
      assertThat(PageKeepingTest.statistic(home(fixture), "documents")).isEqualTo(before);
      assertThat(home(fixture)).isEqualTo(homeCountedFromScratch(fixture, tdb2));
    }
  }

  private static String home(PagesFixture fixture) {
    return fixture.get("/", "Accept-Language", "en").body();
  }

  /** The home page of a second server over the same store, which has kept nothing: counted from scratch. */
  private static String homeCountedFromScratch(PagesFixture fixture, DatasetGraph tdb2) {
    try (PagesFixture fresh = PagesFixture.serve(tdb2)) {
      return home(fresh).replace(fresh.url(""), fixture.url(""));
    }
  }

  private static void assertThatPageEqualsOneCountedFromScratch(HomePage.View view, DatasetGraph tdb2) {
    HomePage.View scratch = Site.create(tdb2, PagesFixture.BASE, "kg").home().build(PageLanguage.EN);
    assertThat(view.statistics()).isEqualTo(scratch.statistics());
    assertThat(view.entityChart()).isEqualTo(scratch.entityChart());
    assertThat(view.stanceChart()).isEqualTo(scratch.stanceChart());
    assertThat(view.documents()).isEqualTo(scratch.documents());
    assertThat(view.topEntities()).isEqualTo(scratch.topEntities());
  }

  /** A document graph with an article, a claim and a mention of {@code entity}, written in one transaction. */
  private static void addDocument(DatasetGraph dataset, String name, String entity) {
    Node graph = NodeFactory.createURI(PagesFixture.BASE + "graph/" + name);
    Node document = NodeFactory.createURI(PagesFixture.BASE + "doc/" + name);
    Node context = NodeFactory.createURI(PagesFixture.BASE + "doc/" + name + "/text");
    Node claim = NodeFactory.createURI(PagesFixture.BASE + "doc/" + name + "/claim/0-9");
    Node mention = NodeFactory.createURI(PagesFixture.BASE + "doc/" + name + "/mention/0-6");
    Txn.executeWrite(dataset, () -> {
      dataset.add(Quad.create(graph, document, RDF.type.asNode(), NodeFactory.createURI(CG + "Article")));
      dataset.add(Quad.create(graph, document, NodeFactory.createURI(CG + "context"), context));
      dataset.add(Quad.create(graph, claim, RDF.type.asNode(), NodeFactory.createURI(CG + "Claim")));
      dataset.add(Quad.create(graph, claim, NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/"
          + "ontologies/nif-core#referenceContext"), context));
      dataset.add(Quad.create(graph, claim, NodeFactory.createURI(CG + "stance"), NodeFactory.createURI(CG
          + "ProProprietary")));
      dataset.add(Quad.create(graph, mention, NodeFactory.createURI(ITSRDF + "taIdentRef"),
          NodeFactory.createURI(PagesFixture.BASE + entity)));
    });
  }
}
