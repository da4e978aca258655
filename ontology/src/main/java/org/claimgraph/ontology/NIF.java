package org.claimgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 Core terms claimgraph uses to anchor mentions, sentences and claims in a document's text. */
public final class NIF {
  private NIF() {}

  public static final String NS = Namespaces.NIF;
  public static final String PREFIX = "nif";

  public static String getURI() {
    return NS;
  }

  /** Any string of a text, located by offsets. */
  public static final Resource String = ResourceFactory.createResource(NS + "String");
  /** The whole text of a document, which the offsets of every other string point into. */
  public static final Resource Context = ResourceFactory.createResource(NS + "Context");
  public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
  public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");

  public static final Property isString = ResourceFactory.createProperty(NS, "isString");
  public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
  public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
  public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
  public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
  public static final Property sentence = ResourceFactory.createProperty(NS, "sentence");
  public static final Property predLang = ResourceFactory.createProperty(NS, "predLang");
}
