package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.server.pages.LinkedDataPagesTest.attr;
import static org.claimgraph.server.pages.LinkedDataPagesTest.between;
import static org.claimgraph.server.pages.LinkedDataPagesTest.count;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Long link lists are paged on the HTML page (50 a page) but complete in the RDF. */
class LinkedDataPagingTest {

  static final int CUSTOMERS = 120;
  /** The customers, Sam Altman's cg:worksFor and the document's cg:mentions; mentions have their own section. */
  static final int INCOMING = CUSTOMERS + 2;

  static PagesFixture fixture;
  static String openai = LinkedDataPagesTest.page("entity/openai");

  @BeforeAll
  static void startServer() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    Node graph = NodeFactory.createURI(PagesFixture.BASE + "graph/customers");
    Node customerOf = NodeFactory.createURI(LinkedDataPagesTest.CG + "customerOf");
    Node company = NodeFactory.createURI(LinkedDataPagesTest.CG + "Company");
    Txn.executeWrite(dataset, () -> {
      for (int i = 1; i <= CUSTOMERS; i++) {
        Node customer = NodeFactory.createURI(PagesFixture.BASE + "entity/customer-" + i);
        dataset.add(Quad.create(graph, customer, customerOf, LinkedDataPagesTest.iri("entity/openai")));
        dataset.add(Quad.create(graph, customer, RDF.type.asNode(), company));
        dataset.add(Quad.create(graph, customer, RDFS.label.asNode(), NodeFactory.createLiteralLang("Customer " + i, "en")));
      }
    });
    fixture = PagesFixture.start(dataset, builder -> {});
  }

  @AfterAll
  static void stopServer() {
    fixture.close();
  }

  static String incoming(String body) {
    return between(body, "id=\"incoming\"", "</section>");
  }

  @Test
  void incomingLinksComeFiftyToAPage() {
    String first = incoming(fixture.get(openai, "Accept-Language", "en").body());
    String second = incoming(fixture.get(openai + "?in=2", "Accept-Language", "en").body());
    String last = incoming(fixture.get(openai + "?in=3", "Accept-Language", "en").body());

    assertThat(first).contains("<span class=\"count\">" + INCOMING + "</span>");
    assertThat(count(first, "<tr")).isEqualTo(50);
    assertThat(first).contains("1–50 / " + INCOMING).contains("href=\"" + attr(openai + "?in=2#incoming") + "\"")
        .doesNotContain("rel=\"prev\"");
    assertThat(count(second, "<tr")).isEqualTo(50);
    assertThat(second).contains("51–100 / " + INCOMING).contains("rel=\"prev\"").contains("rel=\"next\"");
    assertThat(count(last, "<tr")).isEqualTo(INCOMING - 100);
    assertThat(last).contains("101–" + INCOMING + " / " + INCOMING).doesNotContain("rel=\"next\"");
    // no row is on two pages
    assertThat(first).contains(">Customer 1<").doesNotContain(">Customer 99<");
  }

  @Test
  void pageNumbersOutOfRangeShowTheNearestPage() {
    assertThat(incoming(fixture.get(openai + "?in=99").body())).contains("101–" + INCOMING + " / " + INCOMING);
    assertThat(incoming(fixture.get(openai + "?in=-4").body())).contains("1–50 / " + INCOMING);
    assertThat(incoming(fixture.get(openai + "?in=abc").body())).contains("1–50 / " + INCOMING);
  }

  @Test
  void theRdfIsNotPaged() {
    String turtle = fixture.get(openai, "Accept", "text/turtle").body();
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(graph);

    Node customerOf = NodeFactory.createURI(LinkedDataPagesTest.CG + "customerOf");
    assertThat(graph.find(Node.ANY, customerOf, LinkedDataPagesTest.iri("entity/openai")).toList()).hasSize(CUSTOMERS);
  }

  @Test
  void theNeighbourhoodPictureShowsSixteenAndCountsTheRest() {
    String body = fixture.get(openai, "Accept-Language", "en").body();
    String svg = between(body, "<svg class=\"neighbourhood\"", "</svg>");

    assertThat(count(svg, "<circle")).isEqualTo(NeighbourhoodDiagram.MAX_NEIGHBOURS);
    // the most linked neighbour (Sam Altman: ceo and worksFor) is among those drawn
    assertThat(svg).contains(">Sam Altman</text>");
    assertThat(body).contains("+" + (CUSTOMERS + 1 - NeighbourhoodDiagram.MAX_NEIGHBOURS) + " more not shown");
  }
}
