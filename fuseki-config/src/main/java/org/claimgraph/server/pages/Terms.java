package org.claimgraph.server.pages;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ClaimgraphOntology;
import org.claimgraph.ontology.ITSRDF;
import org.claimgraph.ontology.NIF;
import org.claimgraph.ontology.Namespaces;
import org.claimgraph.ontology.PROV;

/** The ontology terms the pages read (docs/rdf-model.md), as graph nodes, and the prefixes they are written with. */
final class Terms {

  static final String CG_NS = CG.NS;

  static final Node ARTICLE = CG.Article.asNode();
  static final Node CLAIM = CG.Claim.asNode();
  static final Node TITLE = CG.title.asNode();
  static final Node DATE_PUBLISHED = CG.datePublished.asNode();
  static final Node AUTHOR = CG.author.asNode();
  static final Node SOURCE_FILE = CG.sourceFile.asNode();
  static final Node TEXT = CG.text.asNode();
  static final Node NIF_ANCHOR_OF = NIF.anchorOf.asNode();

  static final Node RDFS_LABEL = RDFS.label.asNode();
  static final Node SKOS_PREF_LABEL = SKOS.prefLabel.asNode();

  /** Predicates whose values name a resource, best first. */
  static final String NAME_PREDICATES = "rdfs:label skos:prefLabel cg:title";

  /** The PREFIX block every page query starts with. */
  static final String SPARQL_PREFIXES = String.join("\n",
      "PREFIX rdf: <" + RDF.getURI() + ">",
      "PREFIX rdfs: <" + RDFS.getURI() + ">",
      "PREFIX owl: <" + OWL.getURI() + ">",
      "PREFIX skos: <" + SKOS.getURI() + ">",
      "PREFIX xsd: <" + Namespaces.XSD + ">",
      "PREFIX cg: <" + CG.NS + ">",
      "PREFIX nif: <" + NIF.NS + ">",
      "PREFIX itsrdf: <" + ITSRDF.NS + ">",
      "PREFIX prov: <" + PROV.NS + ">",
      "PREFIX text: <http://jena.apache.org/text#>",
      "");

  private Terms() {}

  /** The ontology's prefixes plus {@code id:} for the data base IRI, for RDF output and short names. */
  static PrefixMapping prefixes(String baseIri) {
    return PrefixMapping.Factory.create()
        .setNsPrefix("id", baseIri)
        .setNsPrefixes(ClaimgraphOntology.prefixes())
        .lock();
  }
}
