package org.claimgraph.server.pages;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The RDF served for one resource: a concise description that still stands on its own. It holds the resource's
 * outgoing triples (and blank nodes under them), its incoming triples, the labels of every resource and property
 * these mention, and for an entity the triples of its mentions.
 */
final class ResourceDescriber {

  /** Cap on incoming triples, so a class with many instances stays a reasonable download. */
  static final int MAX_INCOMING = 10_000;

  private static final int MAX_BLANK_DEPTH = 6;

  private final DatasetReader reader;
  private final PrefixMapping prefixes;

  ResourceDescriber(DatasetReader reader, PrefixMapping prefixes) {
    this.reader = reader;
    this.prefixes = prefixes;
  }

  boolean exists(Node resource) {
    String s = DatasetReader.sparql(resource);
    return reader.ask("ASK { GRAPH ?g { { " + s + " ?p ?o } UNION { ?x ?p " + s + " } UNION { ?x " + s + " ?y } } }");
  }

  Model describe(Node resource) {
    String s = DatasetReader.sparql(resource);
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefixes(prefixes);
    return reader.read(() -> {
      reader.construct("CONSTRUCT { " + s + " ?p ?o } WHERE { GRAPH ?g { " + s + " ?p ?o } }", model);
      addBlankNodeClosure(model);
      reader.construct("CONSTRUCT { ?x ?p " + s + " } WHERE { SELECT DISTINCT ?x ?p { GRAPH ?g { ?x ?p " + s
          + " } } LIMIT " + MAX_INCOMING + " }", model);
      reader.construct("CONSTRUCT { ?m ?p ?o } WHERE { GRAPH ?g { ?m itsrdf:taIdentRef " + s + " . ?m ?p ?o } }",
          model);
      reader.construct("CONSTRUCT { ?x ?lp ?l } WHERE { { SELECT DISTINCT ?x { "
          + "{ GRAPH ?g { " + s + " ?x ?o } } UNION { GRAPH ?g { " + s + " ?p ?x } } UNION "
          + "{ GRAPH ?g { ?x ?p " + s + " } } UNION { GRAPH ?g { ?y ?x " + s + " } } "
          + "FILTER(isIRI(?x)) } LIMIT " + (2 * MAX_INCOMING) + " } "
          + "VALUES ?lp { " + Terms.NAME_PREDICATES + " } GRAPH ?g2 { ?x ?lp ?l } }", model);
      return model;
    });
  }

  /** Adds what the dataset says about blank nodes in {@code model} (OWL restrictions, RDF lists), a few levels deep. */
  private void addBlankNodeClosure(Model model) {
    Graph graph = model.getGraph();
    Set<Node> done = new HashSet<>();
    for (int depth = 0; depth < MAX_BLANK_DEPTH; depth++) {
      List<Node> pending = graph.find().toList().stream()
          .map(Triple::getObject)
          .filter(o -> o.isBlank() && done.add(o))
          .toList();
      if (pending.isEmpty()) {
        return;
      }
      for (Node blank : pending) {
        reader.dataset().find(Node.ANY, blank, Node.ANY, Node.ANY)
            .forEachRemaining(quad -> graph.add(quad.asTriple()));
      }
    }
  }
}
