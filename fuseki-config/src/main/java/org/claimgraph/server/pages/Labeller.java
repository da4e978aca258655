package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shared.PrefixMapping;

/**
 * Looks up, for a batch of RDF terms, what a page needs to show them: labels in every language, types, and
 * whether the dataset describes them (which decides between an internal page and an outside link). What it learns is
 * kept until the data changes ({@link DataVersion}), so pages that name the same entities and classes do not ask again.
 */
final class Labeller {

  /** Predicates a resource can be named by, best first: first the names proper, then fallbacks for claims (their
   *  text) and text anchors. A candidate's rank is its predicate's index here. */
  private static final List<Node> LABEL_PREDICATES = List.of(Terms.RDFS_LABEL, Terms.SKOS_PREF_LABEL, Terms.TITLE,
      Terms.TEXT, Terms.NIF_ANCHOR_OF);
  /** Ranks below this are names ({@link Terms#NAME_PREDICATES}); the rest are stand-ins, shortened for display. */
  static final int NAME_RANKS = 3;
  /** Largest VALUES block sent in one query. */
  private static final int BATCH = 200;

  /** Most terms kept before the memory starts afresh. */
  private static final int MAX_KEPT = 100_000;

  private final DatasetReader reader;
  private final IriMapping mapping;
  private final PrefixMapping prefixes;
  private volatile Memory memory;

  Labeller(DatasetReader reader, IriMapping mapping) {
    this.reader = reader;
    this.mapping = mapping;
    this.prefixes = Terms.prefixes(mapping.baseIri());
  }

  IriMapping mapping() {
    return mapping;
  }

  PrefixMapping prefixes() {
    return prefixes;
  }

  /** Labels, types and type labels of {@code nodes}, for a page in {@code language}. */
  LabelBook lookup(Collection<Node> nodes, PageLanguage language) {
    Set<Node> resources = new LinkedHashSet<>();
    for (Node node : nodes) {
      if (node != null && node.isURI()) {
        resources.add(node);
      }
    }
    Map<Node, Facts> known = memory();
    Map<Node, List<Node>> newTypes = types(missing(resources, known));
    Set<Node> typeNodes = new LinkedHashSet<>();
    for (Node resource : resources) {
      Facts facts = known.get(resource);
      typeNodes.addAll(facts != null ? facts.types() : newTypes.getOrDefault(resource, List.of()));
    }
    Set<Node> typesToLearn = missing(typeNodes, known);
    typesToLearn.removeAll(newTypes.keySet());
    newTypes.putAll(types(typesToLearn));
    learn(missing(resources, known), newTypes, known);
    learn(missing(typeNodes, known), newTypes, known);

    // As the page asks: the types of the resources it named; labels of those and of their types.
    Map<Node, List<Node>> types = new HashMap<>();
    Map<Node, List<LabelBook.Candidate>> labels = new HashMap<>();
    Set<Node> described = new HashSet<>();
    Set<Node> withTypes = new LinkedHashSet<>(resources);
    withTypes.addAll(typeNodes);
    for (Node node : withTypes) {
      Facts facts = known.get(node);
      if (resources.contains(node) && !facts.types().isEmpty()) {
        types.put(node, facts.types());
      }
      if (!facts.labels().isEmpty()) {
        labels.put(node, facts.labels());
      }
      if (facts.described()) {
        described.add(node);
      }
    }
    return new LabelBook(language, mapping, prefixes, labels, types, described);
  }

  /** What the dataset says about one term, as a page shows it. */
  private record Facts(List<Node> types, List<LabelBook.Candidate> labels, boolean described) {}

  /** Facts kept from earlier pages while the data is unchanged: cleared when a write commits. */
  private record Memory(DataVersion.Tag version, Map<Node, Facts> facts) {}

  /** The facts kept for the current state of the data, or a fresh map that only this call uses. */
  private Map<Node, Facts> memory() {
    Optional<DataVersion.Tag> now = reader.version();
    if (now.isEmpty()) {
      return new HashMap<>();
    }
    Memory current = memory;
    if (current == null || !current.version().equals(now.get()) || current.facts().size() > MAX_KEPT) {
      current = new Memory(now.get(), new ConcurrentHashMap<>());
      memory = current;
    }
    return current.facts();
  }

  private static Set<Node> missing(Collection<Node> nodes, Map<Node, Facts> known) {
    Set<Node> missing = new LinkedHashSet<>();
    for (Node node : nodes) {
      if (!known.containsKey(node)) {
        missing.add(node);
      }
    }
    return missing;
  }

  private Map<Node, List<Node>> types(Collection<Node> nodes) {
    Map<Node, List<Node>> types = new HashMap<>();
    for (List<Node> batch : batches(nodes)) {
      for (QuerySolution row : reader.select("SELECT DISTINCT ?x ?t WHERE { VALUES ?x { "
          + DatasetReader.values(batch) + " } GRAPH ?g { ?x rdf:type ?t } FILTER(isIRI(?t)) } ORDER BY ?x ?t")) {
        types.computeIfAbsent(row.get("x").asNode(), k -> new ArrayList<>()).add(row.get("t").asNode());
      }
    }
    return types;
  }

  /** Looks up labels and whether the dataset describes {@code nodes}, whose types are in {@code types}. */
  private void learn(Collection<Node> nodes, Map<Node, List<Node>> types, Map<Node, Facts> known) {
    String predicates = DatasetReader.values(LABEL_PREDICATES);
    for (List<Node> batch : batches(nodes)) {
      String values = DatasetReader.values(batch);
      Map<Node, List<LabelBook.Candidate>> labels = new HashMap<>();
      for (QuerySolution row : reader.select("SELECT DISTINCT ?x ?p ?l WHERE { VALUES ?x { " + values
          + " } VALUES ?p { " + predicates + " } GRAPH ?g { ?x ?p ?l } FILTER(isLiteral(?l)) }")) {
        Node label = row.get("l").asNode();
        labels.computeIfAbsent(row.get("x").asNode(), k -> new ArrayList<>())
            .add(new LabelBook.Candidate(LABEL_PREDICATES.indexOf(row.get("p").asNode()), label.getLiteralLexicalForm(),
                label.getLiteralLanguage()));
      }
      Set<Node> described = new HashSet<>();
      for (QuerySolution row : reader.select("SELECT ?x WHERE { VALUES ?x { " + values
          + " } FILTER EXISTS { GRAPH ?g { ?x ?p ?o } } }")) {
        described.add(row.get("x").asNode());
      }
      for (Node node : batch) {
        known.put(node, new Facts(List.copyOf(types.getOrDefault(node, List.of())),
            List.copyOf(labels.getOrDefault(node, List.of())), described.contains(node)));
      }
    }
  }

  private static List<List<Node>> batches(Collection<Node> nodes) {
    List<List<Node>> batches = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    for (Node node : nodes) {
      current.add(node);
      if (current.size() == BATCH) {
        batches.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    return batches;
  }
}
