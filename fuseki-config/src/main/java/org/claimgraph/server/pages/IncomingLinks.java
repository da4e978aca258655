package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ITSRDF;

/**
 * Every link into one entity, read from the store once per page: a much-mentioned entity has tens of thousands, and
 * the page needs them for three things (mentions per document, the incoming-links table, the neighbours in the
 * picture). Reading them once and sharing the result replaces four queries that each read them all.
 */
final class IncomingLinks {

  /** Mentions of the entity in one named graph. */
  record GraphCount(Node graph, long mentions) {}

  /** A link into the entity: {@code subject predicate entity}, in some named graph. */
  record Link(Node subject, Node predicate) {}

  private static final Node MENTION_LINK = ITSRDF.taIdentRef.asNode();
  private static final Set<Node> CLAIM_LINKS = Set.of(CG.claimant.asNode(), CG.about.asNode());
  private static final Var P = Var.alloc("p");
  private static final Var O = Var.alloc("o");

  private final List<GraphCount> mentionsPerGraph;
  private final Set<Link> links;
  private final Map<Node, Map<Node, String>> claimGraphs;

  private IncomingLinks(List<GraphCount> mentionsPerGraph, Set<Link> links, Map<Node, Map<Node, String>> claimGraphs) {
    this.mentionsPerGraph = mentionsPerGraph;
    this.links = links;
    this.claimGraphs = claimGraphs;
  }

  /** Reads the named-graph quads whose object is {@code resource}; call inside the page's read transaction. */
  static IncomingLinks of(DatasetReader reader, Node resource) {
    Map<Node, Long> mentions = new LinkedHashMap<>();
    Set<Link> links = new LinkedHashSet<>();
    Map<Node, Map<Node, String>> claimGraphs = new HashMap<>();
    QuadSink sink = (graph, subject, predicate) -> {
      if (predicate.equals(MENTION_LINK)) {
        mentions.merge(graph, 1L, Long::sum);
        return;
      }
      Node s = subject.get();
      links.add(new Link(s, predicate));
      if (CLAIM_LINKS.contains(predicate)) {
        claimGraphs.computeIfAbsent(predicate, p -> new HashMap<>()).merge(s, graph.getURI(),
            (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    };
    reader.read(() -> {
      DatasetGraphTDB tdb = storage(reader.dataset());
      if (tdb != null) {
        scanAsNodeIds(tdb, resource, sink);
      } else {
        reader.dataset().find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(quad -> {
          if (!quad.isDefaultGraph() && !Quad.isUnionGraph(quad.getGraph())) { // the pages read GRAPH ?g
            sink.accept(quad.getGraph(), quad::getSubject, quad.getPredicate());
          }
        });
      }
      return null;
    });
    List<Node> graphs = new ArrayList<>(mentions.keySet());
    graphs.sort(IncomingLinks::sparqlOrder);
    List<GraphCount> perGraph = graphs.stream().map(g -> new GraphCount(g, mentions.get(g))).toList();
    return new IncomingLinks(perGraph, links, claimGraphs);
  }

  /** Receives one link: its graph, its subject (looked up only when asked for) and its predicate. */
  @FunctionalInterface
  private interface QuadSink {
    void accept(Node graph, Supplier<Node> subject, Node predicate);
  }

  /**
   * The links into {@code resource} straight from TDB2's quad index, as node ids: graphs and predicates are few and
   * looked up once each, and the subjects of mentions (most of the links of a much-mentioned entity) never, as only
   * their number per graph is needed.
   */
  private static void scanAsNodeIds(DatasetGraphTDB tdb, Node resource, QuadSink sink) {
    NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
    NodeTable nodes = quads.getNodeTable();
    NodeId object = nodes.getNodeIdForNode(resource);
    if (NodeId.isDoesNotExist(object)) {
      return;
    }
    Map<NodeId, Node> few = new HashMap<>();
    Iterator<Tuple<NodeId>> rows = quads.find(null, null, null, object);
    while (rows.hasNext()) {
      Tuple<NodeId> row = rows.next();
      Node graph = few.computeIfAbsent(row.get(0), nodes::getNodeForNodeId);
      Node predicate = few.computeIfAbsent(row.get(2), nodes::getNodeForNodeId);
      NodeId subject = row.get(1);
      sink.accept(graph, () -> nodes.getNodeForNodeId(subject), predicate);
    }
  }

  private static DatasetGraphTDB storage(DatasetGraph dataset) {
    DatasetGraph base = dataset;
    while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper) {
      base = wrapper.getWrapped();
    }
    return TDBInternal.isTDB2(base) ? TDBInternal.getDatasetGraphTDB(base) : null;
  }

  /**
   * The claims linked to the entity by {@code predicate} ({@code cg:claimant} or {@code cg:about}), each with the
   * first (by IRI) of the graphs that link it.
   */
  Map<Node, String> claims(Node predicate) {
    return claimGraphs.getOrDefault(predicate, Map.of());
  }

  /** Mention counts per document graph, in the order of {@code ORDER BY ?g}. */
  List<GraphCount> mentionsPerGraph() {
    return mentionsPerGraph;
  }

  /** The distinct (predicate, subject) links other than mentions, in the order they were read. */
  Set<Link> links() {
    return links;
  }

  /**
   * The incoming-links table: distinct {@code ?p ?o} rows (the linking predicate and the linking resource) whose
   * predicate is not in {@code leftOut}, sorted as {@code ORDER BY ?p ?o} sorts them.
   */
  List<QuerySolution> table(Set<Node> leftOut) {
    List<Binding> rows = new ArrayList<>();
    for (Link link : links) {
      if (!leftOut.contains(link.predicate())) {
        rows.add(BindingFactory.binding(P, link.predicate(), O, link.subject()));
      }
    }
    rows.sort(new BindingComparator(List.of(new SortCondition(P, 1), new SortCondition(O, 1))));
    return rows.stream().map(row -> (QuerySolution) new ResultBinding(null, row)).toList();
  }

  /** The order SPARQL's ORDER BY gives two terms. */
  private static int sparqlOrder(Node a, Node b) {
    return new BindingComparator(List.of(new SortCondition(P, 1)))
        .compare(BindingFactory.binding(P, a), BindingFactory.binding(P, b));
  }
}
