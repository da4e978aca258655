package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.system.Txn;

/**
 * Read-only SPARQL over the served dataset, inside read transactions. Page queries match {@code GRAPH ?g} because
 * every document and the ontology live in named graphs (docs/rdf-model.md), whatever the default graph is set to.
 */
final class DatasetReader {

  private static final long TIMEOUT_SECONDS = 20;

  private final DatasetGraph dataset;
  private final Dataset queryable;
  private final DataVersion dataVersion;

  DatasetReader(DatasetGraph dataset) {
    if (dataset == null) {
      throw new IllegalArgumentException("No dataset given to the linked-data pages");
    }
    this.dataset = dataset;
    this.queryable = DatasetFactory.wrap(dataset);
    this.dataVersion = DataVersion.of(dataset);
  }

  DatasetGraph dataset() {
    return dataset;
  }

  /** Runs {@code work} in one read transaction, so a page sees one consistent state. */
  <T> T read(Supplier<T> work) {
    return Txn.calculateRead(dataset, work);
  }

  /** The state of the data that reads on this thread see: the open transaction's, or the latest committed. */
  Optional<DataVersion.Tag> version() {
    return dataVersion.current();
  }

  List<QuerySolution> select(String query) {
    return read(() -> {
      try (QueryExecution exec = execution(query)) {
        ResultSet results = exec.execSelect();
        List<QuerySolution> rows = new ArrayList<>();
        // TDB2 rows hold node ids and look the terms up lazily, which needs the transaction; callers read the
        // rows after it has ended (count, search), so copy the terms out now.
        while (results.hasNext()) {
          rows.add(new ResultBinding(null, results.nextBinding().detach()));
        }
        return rows;
      }
    });
  }

  boolean ask(String query) {
    return read(() -> {
      try (QueryExecution exec = execution(query)) {
        return exec.execAsk();
      }
    });
  }

  Model construct(String query, Model into) {
    return read(() -> {
      try (QueryExecution exec = execution(query)) {
        return exec.execConstruct(into);
      }
    });
  }

  long count(String query, String variable) {
    List<QuerySolution> rows = select(query);
    if (rows.isEmpty() || rows.get(0).get(variable) == null) {
      return 0;
    }
    return rows.get(0).getLiteral(variable).getLong();
  }

  /** True when the dataset carries a jena-text index that {@code text:query} can use. */
  boolean hasTextIndex() {
    return dataset.getContext().get(TextQuery.textIndex) != null;
  }

  private QueryExecution execution(String query) {
    return QueryExecution.dataset(queryable)
        .query(Terms.SPARQL_PREFIXES + query)
        .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .build();
  }

  /** A node as SPARQL syntax, for IRIs already checked by {@link IriMapping#isUsableIri}. */
  static String sparql(Node node) {
    return NodeFmtLib.strNT(node);
  }

  /** A VALUES block body: the nodes as SPARQL terms separated by spaces. */
  static String values(Collection<Node> nodes) {
    return nodes.stream().map(DatasetReader::sparql).collect(Collectors.joining(" "));
  }
}
