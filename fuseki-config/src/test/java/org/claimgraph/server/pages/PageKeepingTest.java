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
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are computed once per state of the data, and computed again after a write commits. */
class PageKeepingTest {

  static final String CG = LinkedDataPagesTest.CG;

  @TempDir
  Path store;

  @Test
  void theHomePageIsComputedOncePerStateOfTheData() {
    DatasetGraph dataset = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    PagesFixture.load(dataset, PagesFixture.FIXTURE);
    Site site = Site.create(dataset, PagesFixture.BASE, "kg");

    HomePage.View first = site.home().build(PageLanguage.EN);
    HomePage.View again = site.home().build(PageLanguage.EN);
    assertThat(again).isSameAs(first);
    assertThat(site.home().computations()).isEqualTo(1);

    addDocument(dataset, "added");
    HomePage.View afterWrite = site.home().build(PageLanguage.EN);

    assertThat(site.home().computations()).isEqualTo(2);
    assertThat(documents(afterWrite)).isEqualTo(documents(first) + 1);
  }

  @Test
  void aGraphPutThroughTheGraphStoreProtocolShowsOnTheHomePage() throws Exception {
    try (PagesFixture fixture = PagesFixture.tdb2(store)) {
      String before = statistic(fixture.get("/", "Accept-Language", "en").body(), "documents");
      String turtle = "<" + PagesFixture.BASE + "doc/put> a <" + CG + "Article> ; <" + CG + "title> \"Put\"@en .";
      String graph = URLEncoder.encode(PagesFixture.BASE + "graph/put", StandardCharsets.UTF_8);
      HttpResponse<String> put = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(fixture.url("/kg/data?graph=" + graph)))
              .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).isIn(200, 201, 204);

      String home = fixture.get("/", "Accept-Language", "en").body();

      assertThat(statistic(home, "documents")).isEqualTo(String.valueOf(Long.parseLong(before) + 1));
      assertThat(home).contains(">Put</a>");
    }
  }

  @Test
  void aPageServedBeforeAWriteIsComputedAgainAfterIt() {
    try (PagesFixture fixture = PagesFixture.tdb2(store)) {
      String openai = LinkedDataPagesTest.page("entity/openai");
      String before = mentionCount(fixture.get(openai, "Accept-Language", "en").body());
      assertThat(mentionCount(fixture.get(openai, "Accept-Language", "en").body())).isEqualTo(before);

      Node graph = NodeFactory.createURI(PagesFixture.BASE + "graph/later");
      Node mention = NodeFactory.createURI(PagesFixture.BASE + "doc/later/mention/0-6");
      Txn.executeWrite(fixture.dataset(), () -> fixture.dataset().add(Quad.create(graph, mention,
          NodeFactory.createURI("http://www.w3.org/2005/11/its/rdf#taIdentRef"), LinkedDataPagesTest.iri("entity/openai"))));

      assertThat(mentionCount(fixture.get(openai, "Accept-Language", "en").body()))
          .isEqualTo(String.valueOf(Long.parseLong(before) + 1));
    }
  }

  static String mentionCount(String body) {
    String section = LinkedDataPagesTest.between(body, "id=\"mentions\"", "</h2>");
    return section.substring(section.indexOf("<span class=\"count\">") + 20, section.indexOf("</span>"));
  }

  /** A document graph with one article in it, written as a load would write it. */
  static void addDocument(DatasetGraph dataset, String name) {
    Node graph = NodeFactory.createURI(PagesFixture.BASE + "graph/" + name);
    Node document = NodeFactory.createURI(PagesFixture.BASE + "doc/" + name);
    Txn.executeWrite(dataset, () -> dataset.add(Quad.create(graph, document, RDF.type.asNode(),
        NodeFactory.createURI(CG + "Article"))));
  }

  static long documents(HomePage.View view) {
    return view.statistics().stream().filter(s -> s.label().equals("documents")).mapToLong(s -> Long.parseLong(
        s.value().replace(",", ""))).findFirst().orElseThrow();
  }

  static String statistic(String body, String label) {
    String marker = "</span><span class=\"stat-label\">" + label + "</span>";
    String before = body.substring(0, body.indexOf(marker));
    return before.substring(before.lastIndexOf('>') + 1).replace(",", "");
  }
}
