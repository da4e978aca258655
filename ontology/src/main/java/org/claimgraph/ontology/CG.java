package org.claimgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The claimgraph ontology's terms, in the style of Jena's {@code RDFS} and {@code OWL}.
 *
 * <p>Written by hand; {@code claimgraph.ttl} is the source of truth and {@code CGVocabularySyncTest} fails
 * when this class and the Turtle file disagree. Field names are the terms' local names.
 */
public final class CG {
  private CG() {}

  /** The namespace of the vocabulary as a string. */
  public static final String NS = Namespaces.CG;

  /** The preferred prefix. */
  public static final String PREFIX = "cg";

  /** The IRI of the ontology, which is also the name of the graph that holds it in the served dataset. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/claimgraph/ontology";

  /** The ontology itself, as a resource. Not a term of the vocabulary. */
  public static final Resource ONTOLOGY = ResourceFactory.createResource(ONTOLOGY_IRI);

  /** The namespace of the vocabulary as a string. */
  public static String getURI() {
    return NS;
  }

  private static Resource resource(String localName) {
    return ResourceFactory.createResource(NS + localName);
  }

  private static Property property(String localName) {
    return ResourceFactory.createProperty(NS, localName);
  }

  // Classes: entities
  public static final Resource Person = resource("Person");
  public static final Resource Organization = resource("Organization");
  public static final Resource Company = resource("Company");
  public static final Resource ResearchOrganization = resource("ResearchOrganization");
  public static final Resource MediaOrganization = resource("MediaOrganization");
  public static final Resource AIModel = resource("AIModel");
  public static final Resource Product = resource("Product");
  public static final Resource Event = resource("Event");
  public static final Resource Place = resource("Place");
  public static final Resource Work = resource("Work");
  public static final Resource Topic = resource("Topic");

  // Classes: claims, articles, roles, rules
  public static final Resource Claim = resource("Claim");
  public static final Resource Article = resource("Article");
  public static final Resource Role = resource("Role");
  public static final Resource ExtractionRule = resource("ExtractionRule");

  // Classes of the SKOS value sets
  public static final Resource Openness = resource("Openness");
  public static final Resource Stance = resource("Stance");
  public static final Resource ClaimKind = resource("ClaimKind");

  // Properties: organizations, people and models
  public static final Property developer = property("developer");
  public static final Property founder = property("founder");
  public static final Property foundingYear = property("foundingYear");
  public static final Property ceo = property("ceo");
  public static final Property chiefScientist = property("chiefScientist");
  public static final Property worksFor = property("worksFor");
  public static final Property holdsRole = property("holdsRole");
  public static final Property roleAt = property("roleAt");
  public static final Property jobTitle = property("jobTitle");
  public static final Property releaseDate = property("releaseDate");
  public static final Property parameterCount = property("parameterCount");
  public static final Property openness = property("openness");
  public static final Property hostedBy = property("hostedBy");
  public static final Property customerOf = property("customerOf");
  public static final Property partOf = property("partOf");
  public static final Property authorOf = property("authorOf");
  public static final Property locatedIn = property("locatedIn");
  public static final Property evaluatedOn = property("evaluatedOn");

  // Properties: events
  public static final Property organizer = property("organizer");
  public static final Property attendee = property("attendee");
  public static final Property speakerAt = property("speakerAt");
  public static final Property location = property("location");
  public static final Property startDate = property("startDate");
  public static final Property attendance = property("attendance");

  // Properties: claims
  public static final Property claimant = property("claimant");
  public static final Property claimantDescription = property("claimantDescription");
  public static final Property text = property("text");
  public static final Property claimKind = property("claimKind");
  public static final Property stance = property("stance");
  public static final Property stanceCue = property("stanceCue");
  public static final Property about = property("about");

  // Properties: articles
  public static final Property title = property("title");
  public static final Property datePublished = property("datePublished");
  public static final Property author = property("author");
  public static final Property sourceFile = property("sourceFile");
  public static final Property contentHash = property("contentHash");
  public static final Property context = property("context");
  public static final Property mentions = property("mentions");

  // Properties: provenance
  public static final Property rawBeginIndex = property("rawBeginIndex");
  public static final Property rawEndIndex = property("rawEndIndex");
  public static final Property mentionSource = property("mentionSource");
  public static final Property rule = property("rule");
  public static final Property confidence = property("confidence");
  public static final Property evidenceText = property("evidenceText");

  // Value set: openness
  public static final Resource OpennessScheme = resource("OpennessScheme");
  public static final Resource OpenSource = resource("OpenSource");
  public static final Resource Proprietary = resource("Proprietary");

  // Value set: stance
  public static final Resource StanceScheme = resource("StanceScheme");
  public static final Resource ProOpen = resource("ProOpen");
  public static final Resource ProProprietary = resource("ProProprietary");
  public static final Resource Balanced = resource("Balanced");
  public static final Resource Neutral = resource("Neutral");

  // Value set: claim kind
  public static final Resource ClaimKindScheme = resource("ClaimKindScheme");
  public static final Resource DirectQuote = resource("DirectQuote");
  public static final Resource ReportedSpeech = resource("ReportedSpeech");
  public static final Resource AuthorAssertion = resource("AuthorAssertion");
  public static final Resource Estimate = resource("Estimate");
  public static final Resource Prediction = resource("Prediction");
}
