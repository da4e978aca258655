package org.claimgraph.server.pages;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which named graphs each committed write changed, so a page that keeps per-graph figures recomputes only those graphs.
 * The server serves {@link #record(DatasetGraph) a recording wrapper} of its dataset: every write that comes through it
 * (Graph Store Protocol PUT, POST and DELETE, SPARQL update, uploads) notes the graphs it touches, and its commit files
 * them under the TDB2 data version it creates. A write that bypassed the wrapper leaves a version without an entry,
 * and then {@link #changedBetween} cannot answer: the caller must recompute everything, so nothing is ever missed.
 */
public final class GraphChanges {

  /** How many commits are remembered; a page that fell further behind recomputes everything. */
  static final int REMEMBERED_COMMITS = 10_000;

  /** What one commit touched: some graphs, or (a clear, a delete over every graph) possibly all. */
  private record Commit(DatasetGraphTDB database, Set<Node> graphs, boolean everything) {}

  private final ConcurrentSkipListMap<Long, Commit> commits = new ConcurrentSkipListMap<>();

  private GraphChanges() {}

  /** A dataset that records into a new log what is written through it; find the log with {@link #of}. */
  public static DatasetGraph record(DatasetGraph dataset) {
    return new Recording(dataset, new GraphChanges());
  }

  /** The log of a dataset made by {@link #record}, if it is one. */
  static Optional<GraphChanges> of(DatasetGraph dataset) {
    return dataset instanceof Recording recording ? Optional.of(recording.changes) : Optional.empty();
  }

  /**
   * The graphs changed by the commits after {@code from} up to and including {@code to} (two states of one database),
   * or empty when some commit in between is not known or may have touched every graph.
   */
  Optional<Set<Node>> changedBetween(DataVersion.Tag from, DataVersion.Tag to) {
    if (from.database() != to.database() || from.version() > to.version()) {
      return Optional.empty();
    }
    Set<Node> changed = new HashSet<>();
    for (long version = from.version() + 1; version <= to.version(); version++) {
      Commit commit = commits.get(version);
      if (commit == null || commit.everything() || commit.database() != to.database()) {
        return Optional.empty();
      }
      changed.addAll(commit.graphs());
    }
    return Optional.of(changed);
  }

  private void committed(DatasetGraphTDB database, long version, Set<Node> graphs, boolean everything) {
    commits.put(version, new Commit(database, Set.copyOf(graphs), everything));
    while (commits.size() > REMEMBERED_COMMITS) {
      commits.pollFirstEntry();
    }
  }

  /** Notes the graphs each write touches, per thread, and files them when the write transaction commits. */
  private static final class Recording extends DatasetGraphWrapper {
    private final GraphChanges changes;
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();

    Recording(DatasetGraph dataset, GraphChanges changes) {
      super(dataset);
      this.changes = changes;
    }

    private static final class Pending {
      final Set<Node> graphs = new HashSet<>();
      boolean everything;
    }

    private void touched(Node graph) {
      Pending p = pending.get();
      if (p == null) {
        p = new Pending(); // a write outside a transaction we began: recorded as unknown below
        pending.set(p);
      }
      if (graph == null || graph == Node.ANY || Quad.isUnionGraph(graph)) {
        p.everything = true;
      } else if (!Quad.isDefaultGraph(graph)) {
        p.graphs.add(graph);
      }
    }

    @Override
    public void begin(TxnType type) {
      super.begin(type);
      pending.set(new Pending());
    }

    @Override
    public void begin(ReadWrite mode) {
      super.begin(mode);
      pending.set(new Pending());
    }

    @Override
    public void commit() {
      Pending p = pending.get();
      DatasetGraph base = getWrapped();
      while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper) {
        base = wrapper.getWrapped();
      }
      DatasetGraphTDB database = null;
      long version = -1;
      if (TDBInternal.isTDB2(base) && isInTransaction() && transactionMode() == ReadWrite.WRITE) {
        database = TDBInternal.getDatasetGraphTDB(base);
        Transaction transaction = database.getTxnSystem().getThreadTransaction();
        version = transaction == null ? -1 : transaction.getDataVersion() + 1; // a write commit advances it by one
      }
      super.commit();
      if (database != null && version >= 0 && p != null) {
        changes.committed(database, version, p.graphs, p.everything);
      }
      pending.remove();
    }

    @Override
    public void abort() {
      pending.remove();
      super.abort();
    }

    @Override
    public void end() {
      pending.remove();
      super.end();
    }

    @Override
    public Graph getDefaultGraph() {
      return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
      return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
      return GraphView.createUnionGraph(this);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
      touched(graphName);
      super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
      touched(graphName);
      super.removeGraph(graphName);
    }

    @Override
    public void add(Quad quad) {
      touched(quad.getGraph());
      super.add(quad);
    }

    @Override
    public void delete(Quad quad) {
      touched(quad.getGraph());
      super.delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
      touched(g);
      super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
      touched(g);
      super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
      touched(g);
      super.deleteAny(g, s, p, o);
    }

    @Override
    public void clear() {
      touched(Node.ANY);
      super.clear();
    }
  }
}
