package org.claimgraph.ontology;

/**
 * The namespaces claimgraph writes, one constant each. {@link ClaimgraphOntology#prefixes()} pairs them with
 * their prefixes; the Jena-style classes ({@link CG}, {@link NIF}, {@link ITSRDF}, {@link PROV}, {@link SCHEMA})
 * build their terms from them.
 */
public final class Namespaces {
  private Namespaces() {}

  public static final String CG = "https://w3id.org/claimgraph/ontology#";
  public static final String SCHEMA = "https://schema.org/";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
  /** Wikidata entities: items (Q…) and properties (P…) as things, e.g. {@code wd:Q21708200}. */
  public static final String WD = "http://www.wikidata.org/entity/";
  public static final String VANN = "http://purl.org/vocab/vann/";
  /** W3C Organization Ontology; Jena's {@code org.apache.jena.vocabulary.ORG} has its terms. */
  public static final String ORG = "http://www.w3.org/ns/org#";
  /** W3C Web Annotation; Jena's {@code org.apache.jena.vocabulary.OA} has its terms. */
  public static final String OA = "http://www.w3.org/ns/oa#";
  public static final String OWL = "http://www.w3.org/2002/07/owl#";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  /** ISO 639-3 language codes as things, for {@code nif:predLang} (e.g. {@code zho}, {@code eng}). */
  public static final String LEXVO_ISO639_3 = "http://lexvo.org/id/iso639-3/";
}
