package org.claimgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ITS 2.0 RDF terms that NIF uses for text analysis annotations. */
public final class ITSRDF {
  private ITSRDF() {}

  public static final String NS = Namespaces.ITSRDF;
  public static final String PREFIX = "itsrdf";

  public static String getURI() {
    return NS;
  }

  /** Links a mention to the entity it names. */
  public static final Property taIdentRef = ResourceFactory.createProperty(NS, "taIdentRef");
  /** Links a mention to the class of the entity it names. */
  public static final Property taClassRef = ResourceFactory.createProperty(NS, "taClassRef");
  /** Confidence of a text analysis annotation, from 0 to 1. */
  public static final Property taConfidence = ResourceFactory.createProperty(NS, "taConfidence");
}
