package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
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
    reader.read(() -> {
      reader.dataset().find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(quad -> {
        if (quad.isDefaultGraph() || Quad.isUnionGraph(quad.getGraph())) {
          return; // the pages read named graphs only (GRAPH ?g)
        }
        if (quad.getPredicate().equals(MENTION_LINK)) {
          mentions.merge(quad.getGraph(), 1L, Long::sum);
        } else {
          links.add(new Link(quad.getSubject(), quad.getPredicate()));
          if (CLAIM_LINKS.contains(quad.getPredicate())) {
            claimGraphs.computeIfAbsent(quad.getPredicate(), p -> new HashMap<>()).merge(quad.getSubject(),
                quad.getGraph().getURI(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
          }
        }
      });
      return null;
    });
    List<Node> graphs = new ArrayList<>(mentions.keySet());
    graphs.sort(IncomingLinks::sparqlOrder);
    List<GraphCount> perGraph = graphs.stream().map(g -> new GraphCount(g, mentions.get(g))).toList();
    return new IncomingLinks(perGraph, links, claimGraphs);
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
