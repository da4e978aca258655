package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.store.Fixtures;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The who-said-what example query keeps each topic found in the text index once before reading its claims. Its
 * answers must be those of the query before that change, on stores with the jena-text index.
 */
class WhoSaidWhatQueryTest {

  private static final int COPIES = 5;

  @TempDir
  Path dataDir;

  @Test
  void answersAsBeforeOnTheTwoDocumentStore() throws Exception {
    try (TdbStore store = TdbStore.open(dataDir)) {
      new GraphLoader(store).loadFile(Fixtures.twoDocuments(), null);

      assertSameAnswers(store.dataset());
    }
  }

  /** Each document's graph stored again under other graph names: the index finds each topic once per graph. */
  @Test
  void answersAsBeforeWhenTheTopicIsLabelledInManyGraphs() throws Exception {
    try (TdbStore store = TdbStore.open(dataDir)) {
      DatasetGraph dataset = store.dataset();
      DatasetGraph fixture = Fixtures.twoDocumentsDataset();
      Txn.executeWrite(dataset, () -> fixture.find().forEachRemaining(quad -> {
        for (int copy = 0; copy <= COPIES; copy++) {
          Node graph = copy == 0 ? quad.getGraph()
              : Fixtures.node(quad.getGraph().getURI() + "-copy" + copy);
          dataset.add(Quad.create(graph, quad.getSubject(), quad.getPredicate(), quad.getObject()));
        }
      }));
      List<String> hits = rows(dataset, """
          PREFIX text: <http://jena.apache.org/text#>
          PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
          SELECT ?topic { ?topic text:query (rdfs:label "开源 OR \\"open source\\"") }""");
      assertThat(hits).as("the open-source topic is found once per graph").hasSizeGreaterThan(COPIES)
          .contains("{topic=" + Fixtures.TOPIC_OPEN_SOURCE + "}");

      assertSameAnswers(dataset);
    }
  }

  private static void assertSameAnswers(DatasetGraph dataset) throws IOException {
    List<String> before = rows(dataset, resource("/fixtures/queries/who-said-what-before-topics-distinct.rq"));
    List<String> now = rows(dataset, ExampleQueries.named("who-said-what-about-open-source").sparql());

    assertThat(before).as("the query answers on this store").isNotEmpty()
        .anyMatch(row -> row.contains("Ilya Sutskever")).anyMatch(row -> row.contains("(the author)"));
    assertThat(now).containsExactlyInAnyOrderElementsOf(before);
  }

  /** Every row of a SELECT, each as its bindings sorted by variable name. */
  private static List<String> rows(DatasetGraph dataset, String sparql) {
    return Txn.calculateRead(dataset, () -> {
      List<String> rows = new ArrayList<>();
      try (QueryExec exec = QueryExec.dataset(dataset).query(sparql).build()) {
        RowSet result = exec.select();
        while (result.hasNext()) {
          Binding row = result.next();
          TreeMap<String, String> values = new TreeMap<>();
          row.forEach((variable, node) -> values.put(variable.getVarName(), node.toString()));
          rows.add(values.toString());
        }
      }
      return rows;
    });
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = WhoSaidWhatQueryTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
