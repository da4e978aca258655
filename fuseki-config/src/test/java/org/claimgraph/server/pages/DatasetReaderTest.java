package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.claimgraph.store.Fixtures;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

  /**
   * TDB2 result rows resolve their terms lazily from node ids; on a freshly opened store nothing is cached, so a row
   * read after its transaction ended failed with "Not in a transaction" (the entity pages' intermittent 500).
   */
  @Test
  void rowsCanBeReadAfterTheirTransactionOnAColdStore(@TempDir Path data) {
    try (TdbStore store = TdbStore.open(data)) {
      new GraphLoader(store).loadFile(Fixtures.twoDocuments(), null);
    }
    try (TdbStore cold = TdbStore.open(data)) {
      DatasetReader reader = new DatasetReader(cold.dataset());

      List<QuerySolution> rows = reader.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");

      assertThat(rows).hasSizeGreaterThan(50);
      List<Node> objects = rows.stream().map(row -> Rows.node(row, "o")).filter(Objects::nonNull).toList();
      assertThat(objects).hasSameSizeAs(rows);
      assertThat(objects).anySatisfy(o -> assertThat(o.isLiteral()).isTrue());
      assertThat(reader.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "n")).isEqualTo(rows.size());
    }
  }
}
