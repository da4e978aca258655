package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ITSRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one read of an entity's incoming links gives what the queries it replaced gave, in the same order. */
class IncomingLinksTest {

  static final String[] ENTITIES = {"entity/openai", "entity/开源模型", "entity/葛凌", "entity/meta"};

  @TempDir
  Path store;

  @Test
  void inMemoryTheLinksMatchTheQueries() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    PagesFixture.load(dataset, PagesFixture.FIXTURE);
    for (String entity : ENTITIES) {
      mentionCountsClaimsAndTheIncomingTableMatchTheQueries(dataset, entity);
    }
  }

  @Test
  void inTdb2ReadAsNodeIdsTheLinksMatchTheQueries() {
    DatasetGraph dataset = TDB2Factory.connectDataset(store.toString()).asDatasetGraph();
    PagesFixture.load(dataset, PagesFixture.FIXTURE);
    for (String entity : ENTITIES) {
      mentionCountsClaimsAndTheIncomingTableMatchTheQueries(GraphChanges.record(dataset), entity);
    }
  }

  private static void mentionCountsClaimsAndTheIncomingTableMatchTheQueries(DatasetGraph dataset, String path) {
    DatasetReader reader = new DatasetReader(dataset);
    Node entity = NodeFactory.createURI(PagesFixture.BASE + path);
    String e = DatasetReader.sparql(entity);

    IncomingLinks links = reader.read(() -> IncomingLinks.of(reader, entity));

    List<QuerySolution> perGraph = reader.select("SELECT ?g (COUNT(?m) AS ?n) WHERE { GRAPH ?g {"
        + " ?m itsrdf:taIdentRef " + e + " } } GROUP BY ?g ORDER BY ?g");
    assertThat(perGraph).isNotEmpty();
    assertThat(links.mentionsPerGraph()).extracting(IncomingLinks.GraphCount::graph)
        .containsExactlyElementsOf(perGraph.stream().map(row -> Rows.node(row, "g")).toList());
    assertThat(links.mentionsPerGraph()).extracting(IncomingLinks.GraphCount::mentions)
        .containsExactlyElementsOf(perGraph.stream().map(row -> Rows.number(row, "n")).toList());

    List<QuerySolution> table = reader.select("SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { ?o ?p " + e + " }"
        + " FILTER(?p NOT IN (itsrdf:taIdentRef, cg:claimant, cg:about)) } ORDER BY ?p ?o");
    List<QuerySolution> ours = links.table(Set.of(ITSRDF.taIdentRef.asNode(), CG.claimant.asNode(),
        CG.about.asNode()));
    assertThat(ours).extracting(row -> Rows.node(row, "p") + " " + Rows.node(row, "o"))
        .containsExactlyElementsOf(table.stream().map(row -> Rows.node(row, "p") + " " + Rows.node(row, "o"))
            .toList());

    for (String predicate : List.of("cg:claimant", "cg:about")) {
      Map<Node, String> expected = new HashMap<>();
      reader.select("SELECT ?c (MIN(STR(?g)) AS ?graph) WHERE { GRAPH ?g { ?c " + predicate + " " + e + " } }"
          + " GROUP BY ?c").forEach(row -> expected.put(Rows.node(row, "c"), Rows.text(row, "graph")));
      Node p = predicate.equals("cg:about") ? CG.about.asNode() : CG.claimant.asNode();
      assertThat(links.claims(p)).as(predicate).isEqualTo(expected);
    }
  }
}
