package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shared.PrefixMapping;

/**
 * Looks up, for a batch of RDF terms, what a page needs to show them: labels in every language, types, and
 * whether the dataset describes them (which decides between an internal page and an outside link).
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

  private final DatasetReader reader;
  private final IriMapping mapping;
  private final PrefixMapping prefixes;

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
    Map<Node, List<Node>> types = new HashMap<>();
    for (List<Node> batch : batches(resources)) {
      for (QuerySolution row : reader.select("SELECT DISTINCT ?x ?t WHERE { VALUES ?x { "
          + DatasetReader.values(batch) + " } GRAPH ?g { ?x rdf:type ?t } FILTER(isIRI(?t)) } ORDER BY ?x ?t")) {
        types.computeIfAbsent(row.get("x").asNode(), k -> new ArrayList<>()).add(row.get("t").asNode());
      }
    }
    Set<Node> withTypes = new LinkedHashSet<>(resources);
    types.values().forEach(withTypes::addAll);

    Map<Node, List<LabelBook.Candidate>> labels = new HashMap<>();
    Set<Node> described = new HashSet<>();
    String predicates = DatasetReader.values(LABEL_PREDICATES);
    for (List<Node> batch : batches(withTypes)) {
      String values = DatasetReader.values(batch);
      for (QuerySolution row : reader.select("SELECT DISTINCT ?x ?p ?l WHERE { VALUES ?x { " + values
          + " } VALUES ?p { " + predicates + " } GRAPH ?g { ?x ?p ?l } FILTER(isLiteral(?l)) }")) {
        Node label = row.get("l").asNode();
        labels.computeIfAbsent(row.get("x").asNode(), k -> new ArrayList<>())
            .add(new LabelBook.Candidate(LABEL_PREDICATES.indexOf(row.get("p").asNode()), label.getLiteralLexicalForm(),
                label.getLiteralLanguage()));
      }
      for (QuerySolution row : reader.select("SELECT ?x WHERE { VALUES ?x { " + values
          + " } FILTER EXISTS { GRAPH ?g { ?x ?p ?o } } }")) {
        described.add(row.get("x").asNode());
      }
    }
    return new LabelBook(language, mapping, prefixes, labels, types, described);
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
