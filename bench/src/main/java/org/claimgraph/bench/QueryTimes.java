package org.claimgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.store.TdbStore;

/**
 * In-process wall time of SPARQL query files on a store, without HTTP: p50 and p95 over ROUNDS runs after 3 warm-up
 * runs, and the number of rows. For profiling one query (with JFR) apart from the server.
 * Usage: {@code QueryTimes DATA_DIR ROUNDS QUERY.rq...}; ROUNDS 0 prints each query's answer instead.
 */
public final class QueryTimes {

  private QueryTimes() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: QueryTimes DATA_DIR ROUNDS QUERY.rq...");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[1]);
    try (TdbStore store = TdbStore.open(Path.of(args[0]))) {
      DatasetGraph dataset = store.dataset();
      for (String file : Arrays.copyOfRange(args, 2, args.length)) {
        String sparql = Files.readString(Path.of(file));
        if (rounds == 0) {
          Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(sparql).build()) {
              ResultSetFormatter.out(System.out, ResultSet.adapt(exec.select()));
            }
          });
          continue;
        }
        long[] times = new long[rounds];
        long rows = 0;
        for (int i = -3; i < rounds; i++) {
          long start = System.nanoTime();
          rows = Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(sparql).build()) {
              RowSet result = exec.select();
              long n = 0;
              for (; result.hasNext(); result.next()) {
                n++;
              }
              return n;
            }
          });
          if (i >= 0) {
            times[i] = System.nanoTime() - start;
          }
        }
        System.out.printf("%s: %d rows, p50 %.1f ms, p95 %.1f ms%n", Path.of(file).getFileName(), rows,
            SparqlLatency.percentile(times, 50), SparqlLatency.percentile(times, 95));
      }
    }
  }
}
