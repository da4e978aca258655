package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.server.pages.LinkedDataPagesTest.attr;
import static org.claimgraph.server.pages.LinkedDataPagesTest.between;
import static org.claimgraph.server.pages.LinkedDataPagesTest.count;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity mentioned 10,000 times across 100 documents, the subject of thousands of relation descriptions, and
 * linked to a handful of real neighbours: its page shows one page of mentions with a link to the next, and its
 * picture draws the real neighbours.
 */
class EntityPagesAtScaleTest {

  static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
  static final int DOCUMENTS = 100;
  static final int MENTIONS_PER_DOCUMENT = 100;
  static final int MENTIONS = DOCUMENTS * MENTIONS_PER_DOCUMENT;
  static final int STATEMENTS = 2_500;
  static final int NEIGHBOURS = 3;

  @TempDir
  static Path store;
  static PagesFixture fixture;
  static String hub = LinkedDataPagesTest.page("entity/hub");

  @BeforeAll
  static void startServer() {
    DatasetGraph dataset = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    Node entity = iri("entity/hub");
    Txn.executeWrite(dataset, () -> {
      Node company = NodeFactory.createURI(LinkedDataPagesTest.CG + "Company");
      Node developer = NodeFactory.createURI(LinkedDataPagesTest.CG + "developer");
      Node graph0 = iri("graph/d0");
      dataset.add(Quad.create(graph0, entity, RDF.type.asNode(), company));
      dataset.add(Quad.create(graph0, entity, RDFS.label.asNode(), NodeFactory.createLiteralLang("Hub", "en")));
      for (int d = 0; d < DOCUMENTS; d++) {
        Node graph = iri("graph/d" + d);
        Node document = iri("doc/d" + d);
        Node context = iri("doc/d" + d + "/text");
        Node sentence = iri("doc/d" + d + "/sentence/0");
        dataset.add(Quad.create(graph, document, RDF.type.asNode(), NodeFactory.createURI(LinkedDataPagesTest.CG
            + "Article")));
        dataset.add(Quad.create(graph, document, NodeFactory.createURI(LinkedDataPagesTest.CG + "context"), context));
        dataset.add(Quad.create(graph, sentence, NodeFactory.createURI(NIF + "anchorOf"),
            NodeFactory.createLiteralLang("Hub Hub Hub.", "en")));
        dataset.add(Quad.create(graph, sentence, NodeFactory.createURI(NIF + "beginIndex"), number(0)));
        for (int m = 0; m < MENTIONS_PER_DOCUMENT; m++) {
          Node mention = iri("doc/d" + d + "/mention/" + m + "-" + (m + 3));
          dataset.add(Quad.create(graph, mention, NodeFactory.createURI(ITSRDF + "taIdentRef"), entity));
          dataset.add(Quad.create(graph, mention, NodeFactory.createURI(NIF + "referenceContext"), context));
          dataset.add(Quad.create(graph, mention, NodeFactory.createURI(NIF + "sentence"), sentence));
          dataset.add(Quad.create(graph, mention, NodeFactory.createURI(NIF + "beginIndex"), number(m)));
          dataset.add(Quad.create(graph, mention, NodeFactory.createURI(NIF + "endIndex"), number(m + 3)));
          dataset.add(Quad.create(graph, mention, NodeFactory.createURI(NIF + "anchorOf"),
              NodeFactory.createLiteralLang("Hub", "en")));
        }
      }
      for (int s = 0; s < STATEMENTS; s++) {
        Node statement = iri("doc/d0/statement/s" + s);
        dataset.add(Quad.create(graph0, statement, RDF.type.asNode(), RDF.Statement.asNode()));
        dataset.add(Quad.create(graph0, statement, RDF.object.asNode(), entity));
      }
      for (int n = 0; n < NEIGHBOURS; n++) {
        Node model = iri("entity/model-" + n);
        dataset.add(Quad.create(graph0, model, developer, entity));
        dataset.add(Quad.create(graph0, model, RDFS.label.asNode(), NodeFactory.createLiteralLang("Model " + n, "en")));
      }
    });
    fixture = PagesFixture.start(dataset, builder -> {});
  }

  @AfterAll
  static void stopServer() {
    fixture.close();
  }

  static Node iri(String local) {
    return NodeFactory.createURI(PagesFixture.BASE + local);
  }

  static Node number(int value) {
    return NodeFactory.createLiteralDT(String.valueOf(value), XSDDatatype.XSDnonNegativeInteger);
  }

  static String mentions(String body) {
    return between(body, "id=\"mentions\"", "</section>");
  }

  @Test
  void tenThousandMentionsShowTheFirstPageAndALinkToTheNext() {
    String first = mentions(fixture.get(hub, "Accept-Language", "en").body());

    assertThat(count(first, "<li class=\"mention\"")).isEqualTo(EntitySection.ITEMS_PER_PAGE);
    assertThat(first).contains("1–" + EntitySection.ITEMS_PER_PAGE + " / " + MENTIONS)
        .contains("href=\"" + attr(hub + "?mentions=2#mentions") + "\"")
        .doesNotContain("rel=\"prev\"");
  }

  @Test
  void theLastPageOfMentionsIsReachableAndComplete() {
    int lastPage = MENTIONS / EntitySection.ITEMS_PER_PAGE;
    String last = mentions(fixture.get(hub + "?mentions=" + lastPage, "Accept-Language", "en").body());

    assertThat(count(last, "<li class=\"mention\"")).isEqualTo(EntitySection.ITEMS_PER_PAGE);
    assertThat(last).contains((MENTIONS - EntitySection.ITEMS_PER_PAGE + 1) + "–" + MENTIONS + " / " + MENTIONS)
        .contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    // ordered by document, then position: the last page is the end of the last document (d99 sorts after d0..d98)
    assertThat(last).contains(attr(LinkedDataPagesTest.page("doc/d99/mention/99-102")));
  }

  @Test
  void thousandsOfRelationDescriptionsDoNotCrowdTheRealNeighboursOutOfThePicture() {
    String body = fixture.get(hub, "Accept-Language", "en").body();
    String svg = between(body, "<svg class=\"neighbourhood\"", "</svg>");

    assertThat(count(svg, "<circle")).isEqualTo(NEIGHBOURS);
    for (int n = 0; n < NEIGHBOURS; n++) {
      assertThat(svg).contains(">Model " + n + "</text>");
    }
  }
}
