package org.claimgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.LoadReport;

/**
 * Our loader's bulk path into a bare TDB2 store, without the jena-text index a claimgraph store has: what the load
 * costs when it does only what {@code tdb2.tdbloader} does (docs/performance.md, "Loading"). Same parsing, node table,
 * primary index and parallel secondary index build, one transaction; no Lucene, no ontology, no command line.
 * Usage: {@code LoadWithoutTextIndex FILE.nq EMPTY_DIRECTORY}.
 */
public final class LoadWithoutTextIndex {

  private LoadWithoutTextIndex() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: LoadWithoutTextIndex FILE.nq EMPTY_DIRECTORY");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    Path directory = Path.of(args[1]);
    if (Files.exists(directory) && directory.toFile().list().length > 0) {
      System.err.println("LoadWithoutTextIndex: " + directory + " is not empty; give a new or empty directory");
      System.exit(2);
    }
    DatasetGraph tdb2 = DatabaseMgr.connectDatasetGraph(directory.toString());
    try {
      long start = System.nanoTime();
      LoadReport report = new GraphLoader(tdb2).loadFiles(List.of(file), null);
      System.err.printf("LoadWithoutTextIndex: %d quads in %d graphs (store total %d) in %.1f s%n", report.triples(),
          report.graphs().size(), report.storeTriples().orElse(-1), (System.nanoTime() - start) / 1e9);
    } finally {
      TDBInternal.expel(tdb2);
    }
  }
}
