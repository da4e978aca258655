package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * The home page's counts, kept per named graph so that after a write only the graphs it changed are counted again
 * ({@link GraphChanges}), and summed over the graphs for the page. Each graph keeps what is needed to count distinct
 * things over the whole store (which entities, claims and documents it holds, not only how many); mentions are counted
 * per graph and added up, since a mention belongs to its document's graph.
 */
final class GraphFigures {

  /** Two terms; the second may be null (a claim without a stance, a document without a date). */
  record Pair(Node first, Node second) {}

  /** What one named graph holds. */
  record OneGraph(long triples, Set<Pair> typedEntities, Set<Pair> claimStances, Set<Pair> documentDates,
      Set<Pair> documentClaims, Map<Node, Long> mentionsByEntity) {}

  /** The figures over the whole store, ordered as the page shows them. */
  record Total(long triples, long graphs, long documents, long entities, long claims, List<Count> entitiesByType,
      List<Count> claimsByStance, List<DocumentRow> documents100, List<Count> topEntities) {}

  /** A key (a type, a stance, an entity; null for "no stance") and how many. */
  record Count(Node key, long count) {}

  record DocumentRow(Node document, String date, long claims) {}

  static final int DOCUMENTS_SHOWN = 100;
  static final int TOP_ENTITIES = 12;

  private static final Var KEY = Var.alloc("key");
  private static final Var N = Var.alloc("n");

  private final DatasetReader reader;
  private final String entityPrefix;
  private final Map<Node, OneGraph> graphs = new HashMap<>();
  private long graphsComputed;

  GraphFigures(DatasetReader reader, String entityPrefix) {
    this.reader = reader;
    this.entityPrefix = entityPrefix;
  }

  /** Counts every graph afresh (inside the caller's read transaction). */
  void computeAll() {
    graphs.clear();
    graphs.putAll(compute(null));
  }

  /** Counts the given graphs afresh, and forgets those that no longer hold anything. */
  void recompute(Collection<Node> changed) {
    if (changed.isEmpty()) {
      return;
    }
    changed.forEach(graphs::remove);
    graphs.putAll(compute(changed));
  }

  /** How many graph figures have been computed so far (for tests: one write costs one graph). */
  long graphsComputed() {
    return graphsComputed;
  }

  /** Per-graph figures, each gathered by one query grouped by graph; {@code only} restricts them (null: all). */
  private Map<Node, OneGraph> compute(Collection<Node> only) {
    String values = only == null ? "" : "VALUES ?g { " + DatasetReader.values(only) + " } ";
    String prefix = DatasetReader.sparql(NodeFactory.createLiteralString(entityPrefix));
    Map<Node, Long> triples = new HashMap<>();
    for (QuerySolution row : reader.select("SELECT ?g (COUNT(*) AS ?n) WHERE { " + values
        + "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")) {
      triples.put(Rows.node(row, "g"), Rows.number(row, "n"));
    }
    Map<Node, Set<Pair>> typed = pairs(values + "GRAPH ?g { ?a rdf:type ?b } FILTER(STRSTARTS(STR(?a), " + prefix
        + "))");
    Map<Node, Set<Pair>> stances = pairs(values + "GRAPH ?g { ?a rdf:type cg:Claim OPTIONAL { ?a cg:stance ?b } }");
    Map<Node, Set<Pair>> dates = pairs(values + "GRAPH ?g { ?a rdf:type cg:Article"
        + " OPTIONAL { ?a cg:datePublished ?b } }");
    Map<Node, Set<Pair>> documentClaims = pairs(values + "GRAPH ?g { ?a rdf:type cg:Article ; cg:context ?ctx ."
        + " ?b nif:referenceContext ?ctx ; rdf:type cg:Claim }");
    Map<Node, Map<Node, Long>> mentions = new HashMap<>();
    for (QuerySolution row : reader.select("SELECT ?g ?a (COUNT(DISTINCT ?m) AS ?n) WHERE { " + values
        + "GRAPH ?g { ?m itsrdf:taIdentRef ?a } FILTER(isIRI(?a)) } GROUP BY ?g ?a")) {
      mentions.computeIfAbsent(Rows.node(row, "g"), g -> new HashMap<>()).put(Rows.node(row, "a"),
          Rows.number(row, "n"));
    }
    Map<Node, OneGraph> result = new HashMap<>();
    triples.forEach((graph, count) -> result.put(graph, new OneGraph(count, typed.getOrDefault(graph, Set.of()),
        stances.getOrDefault(graph, Set.of()), dates.getOrDefault(graph, Set.of()),
        documentClaims.getOrDefault(graph, Set.of()), mentions.getOrDefault(graph, Map.of()))));
    graphsComputed += result.size();
    return result;
  }

  /** Distinct (?a, ?b) rows per graph ?g of a pattern. */
  private Map<Node, Set<Pair>> pairs(String pattern) {
    Map<Node, Set<Pair>> byGraph = new HashMap<>();
    for (QuerySolution row : reader.select("SELECT DISTINCT ?g ?a ?b WHERE { " + pattern + " }")) {
      byGraph.computeIfAbsent(Rows.node(row, "g"), g -> new HashSet<>())
          .add(new Pair(Rows.node(row, "a"), Rows.node(row, "b")));
    }
    return byGraph;
  }

  /** The sums over all graphs, ordered as the page's queries ordered them. */
  Total total() {
    long triples = 0;
    Set<Pair> typed = new HashSet<>();
    Set<Pair> stances = new HashSet<>();
    Map<Node, String> dates = new LinkedHashMap<>();
    Set<Pair> documentClaims = new HashSet<>();
    Map<Node, Long> mentions = new HashMap<>();
    for (OneGraph graph : graphs.values()) {
      triples += graph.triples();
      typed.addAll(graph.typedEntities());
      stances.addAll(graph.claimStances());
      for (Pair date : graph.documentDates()) {
        String text = date.second() == null ? null
            : date.second().isLiteral() ? date.second().getLiteralLexicalForm() : date.second().toString();
        dates.merge(date.first(), text == null ? "" : text, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a
            : a.compareTo(b) <= 0 ? a : b);
      }
      documentClaims.addAll(graph.documentClaims());
      graph.mentionsByEntity().forEach((entity, n) -> mentions.merge(entity, n, Long::sum));
    }
    long entities = typed.stream().map(Pair::first).distinct().count();
    long claims = stances.stream().map(Pair::first).distinct().count();
    Map<Node, Long> claimsPerDocument = new HashMap<>();
    documentClaims.forEach(pair -> claimsPerDocument.merge(pair.first(), 1L, Long::sum));

    List<DocumentRow> documents = new ArrayList<>();
    dates.forEach((document, date) -> documents.add(new DocumentRow(document, date.isEmpty() ? null : date,
        claimsPerDocument.getOrDefault(document, 0L))));
    Var d = Var.alloc("d");
    Var dt = Var.alloc("dt");
    Function<DocumentRow, Binding> documentBinding = row -> {
      BindingBuilder b = BindingBuilder.create().add(d, row.document());
      if (row.date() != null) {
        b.add(dt, NodeFactory.createLiteralString(row.date()));
      }
      return b.build();
    };
    BindingComparator byDateThenDocument = new BindingComparator(List.of(new SortCondition(dt, -1),
        new SortCondition(d, 1)));
    documents.sort((a, b) -> byDateThenDocument.compare(documentBinding.apply(a), documentBinding.apply(b)));

    return new Total(triples, graphs.size(), dates.size(), entities, claims,
        largestFirst(countDistinct(typed, Pair::second), Integer.MAX_VALUE),
        largestFirst(countDistinct(stances, Pair::second), Integer.MAX_VALUE),
        List.copyOf(documents.subList(0, Math.min(DOCUMENTS_SHOWN, documents.size()))),
        largestFirst(mentions, TOP_ENTITIES));
  }

  /** How many pairs have each key (null keys counted under null). */
  private static Map<Node, Long> countDistinct(Set<Pair> pairs, Function<Pair, Node> key) {
    Map<Node, Long> counts = new HashMap<>();
    for (Pair pair : pairs) {
      counts.merge(key.apply(pair), 1L, Long::sum);
    }
    return counts;
  }

  /** As {@code ORDER BY DESC(?n) ?key LIMIT limit}. */
  private static List<Count> largestFirst(Map<Node, Long> counts, int limit) {
    BindingComparator order = new BindingComparator(List.of(new SortCondition(N, -1), new SortCondition(KEY, 1)));
    List<Count> list = new ArrayList<>();
    counts.forEach((key, n) -> list.add(new Count(key, n)));
    list.sort((a, b) -> order.compare(binding(a), binding(b)));
    return List.copyOf(list.subList(0, Math.min(limit, list.size())));
  }

  private static Binding binding(Count count) {
    BindingBuilder b = BindingBuilder.create().add(N, NodeFactory.createLiteralDT(Long.toString(count.count()),
        XSDDatatype.XSDinteger));
    if (count.key() != null) {
      b.add(KEY, count.key());
    }
    return b.build();
  }
}
