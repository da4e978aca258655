package org.claimgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms claimgraph uses for provenance and for the agents that make claims. */
public final class PROV {
  private PROV() {}

  public static final String NS = Namespaces.PROV;
  public static final String PREFIX = "prov";

  public static String getURI() {
    return NS;
  }

  public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
  public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
  public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
  public static final Resource Person = ResourceFactory.createResource(NS + "Person");
  public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
  public static final Resource Plan = ResourceFactory.createResource(NS + "Plan");

  /** Links a relation's statement node or a claim to the sentence it was read from. */
  public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
  public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
  public static final Property wasInfluencedBy = ResourceFactory.createProperty(NS, "wasInfluencedBy");
  public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
}
