package org.claimgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms the claimgraph ontology aligns to, under the {@code https://schema.org/} namespace.
 *
 * <p>Jena's generated {@code org.apache.jena.vocabulary.SchemaDO} has all of schema.org; this class keeps to the
 * few terms claimgraph uses, so a reader sees at a glance what the alignment depends on.
 */
public final class SCHEMA {
  private SCHEMA() {}

  public static final String NS = Namespaces.SCHEMA;
  public static final String PREFIX = "schema";

  public static String getURI() {
    return NS;
  }

  public static final Resource Person = ResourceFactory.createResource(NS + "Person");
  public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
  public static final Resource Corporation = ResourceFactory.createResource(NS + "Corporation");
  public static final Resource ResearchOrganization = ResourceFactory.createResource(NS + "ResearchOrganization");
  public static final Resource NewsMediaOrganization = ResourceFactory.createResource(NS + "NewsMediaOrganization");
  public static final Resource SoftwareApplication = ResourceFactory.createResource(NS + "SoftwareApplication");
  public static final Resource Product = ResourceFactory.createResource(NS + "Product");
  public static final Resource Event = ResourceFactory.createResource(NS + "Event");
  public static final Resource Place = ResourceFactory.createResource(NS + "Place");
  public static final Resource CreativeWork = ResourceFactory.createResource(NS + "CreativeWork");
  public static final Resource Claim = ResourceFactory.createResource(NS + "Claim");
  public static final Resource Article = ResourceFactory.createResource(NS + "Article");
  public static final Resource OrganizationRole = ResourceFactory.createResource(NS + "OrganizationRole");

  public static final Property about = ResourceFactory.createProperty(NS, "about");
  public static final Property attendee = ResourceFactory.createProperty(NS, "attendee");
  public static final Property author = ResourceFactory.createProperty(NS, "author");
  public static final Property category = ResourceFactory.createProperty(NS, "category");
  public static final Property creator = ResourceFactory.createProperty(NS, "creator");
  public static final Property creditText = ResourceFactory.createProperty(NS, "creditText");
  public static final Property datePublished = ResourceFactory.createProperty(NS, "datePublished");
  public static final Property employee = ResourceFactory.createProperty(NS, "employee");
  public static final Property founder = ResourceFactory.createProperty(NS, "founder");
  public static final Property foundingDate = ResourceFactory.createProperty(NS, "foundingDate");
  public static final Property genre = ResourceFactory.createProperty(NS, "genre");
  public static final Property headline = ResourceFactory.createProperty(NS, "headline");
  public static final Property keywords = ResourceFactory.createProperty(NS, "keywords");
  public static final Property location = ResourceFactory.createProperty(NS, "location");
  public static final Property measurementTechnique = ResourceFactory.createProperty(NS, "measurementTechnique");
  public static final Property mentions = ResourceFactory.createProperty(NS, "mentions");
  public static final Property parentOrganization = ResourceFactory.createProperty(NS, "parentOrganization");
  public static final Property performerIn = ResourceFactory.createProperty(NS, "performerIn");
  public static final Property organizer = ResourceFactory.createProperty(NS, "organizer");
  public static final Property provider = ResourceFactory.createProperty(NS, "provider");
  public static final Property roleName = ResourceFactory.createProperty(NS, "roleName");
  public static final Property sha256 = ResourceFactory.createProperty(NS, "sha256");
  public static final Property size = ResourceFactory.createProperty(NS, "size");
  public static final Property startDate = ResourceFactory.createProperty(NS, "startDate");
  public static final Property text = ResourceFactory.createProperty(NS, "text");
  public static final Property worksFor = ResourceFactory.createProperty(NS, "worksFor");
}
