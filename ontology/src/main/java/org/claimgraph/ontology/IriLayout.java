package org.claimgraph.ontology;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;

/**
 * Where claimgraph's data IRIs live under a base IRI (docs/rdf-model.md): the one place that knows the paths, read by
 * the extractor's minter to make IRIs and by the server to tell what an IRI names.
 *
 * <pre>
 *   {base}entity/{key}                      an entity, the same in every document
 *   {base}doc/{id}                          an article; under it /text, /sentence/{i}, /mention/{b}-{e},
 *                                           /claim/{b}-{e}, /statement/{hash}, /role/{hash}
 *   {base}graph/{id}                        the article's named graph
 *   {base}rule/{id}                         an extraction rule
 * </pre>
 */
public final class IriLayout {
  public static final String DEFAULT_BASE = "https://w3id.org/claimgraph/id/";

  /** What a data IRI names, read off its path. */
  public enum Kind { ENTITY, DOCUMENT, CLAIM, GRAPH, RULE, OTHER }

  private static final String ENTITY = "entity/";
  private static final String DOCUMENT = "doc/";
  private static final String GRAPH = "graph/";
  private static final String RULE = "rule/";
  private static final String CLAIM = "/claim/";

  private final String base;

  /** @throws IllegalArgumentException for a base that is not an absolute http(s) IRI ending in '/' or '#' */
  public IriLayout(String base) {
    if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
      throw new IllegalArgumentException("Illegal base IRI=" + base + " : must end with '/' or '#'");
    }
    try {
      IRIs.checkEx(base);
    } catch (IRIException e) {
      throw new IllegalArgumentException("Illegal base IRI=" + base + " : " + e.getMessage(), e);
    }
    if (!base.matches("(?i)https?://.+")) {
      throw new IllegalArgumentException("Illegal base IRI=" + base + " : must be an absolute http(s) IRI");
    }
    this.base = base;
  }

  public static IriLayout standard() {
    return new IriLayout(DEFAULT_BASE);
  }

  public String base() {
    return base;
  }

  /** The IRI prefix every entity shares: {@code {base}entity/}. */
  public String entityPrefix() {
    return base + ENTITY;
  }

  public String entity(String key) {
    return entityPrefix() + key;
  }

  public String document(String docId) {
    return base + DOCUMENT + docId;
  }

  public String graph(String docId) {
    return base + GRAPH + docId;
  }

  public String context(String docId) {
    return document(docId) + "/text";
  }

  public String sentence(String docId, int index) {
    return document(docId) + "/sentence/" + index;
  }

  public String mention(String docId, int begin, int end) {
    return document(docId) + "/mention/" + begin + "-" + end;
  }

  public String claim(String docId, int begin, int end) {
    return document(docId) + CLAIM + begin + "-" + end;
  }

  public String statement(String docId, String hash) {
    return document(docId) + "/statement/" + hash;
  }

  public String role(String docId, String hash) {
    return document(docId) + "/role/" + hash;
  }

  public String rule(String ruleId) {
    return base + RULE + ruleId;
  }

  /** What {@code iri} names, or {@link Kind#OTHER} for IRIs outside this layout (ontology terms, Wikidata, ...). */
  public Kind kindOf(String iri) {
    if (iri == null || !iri.startsWith(base)) {
      return Kind.OTHER;
    }
    String local = iri.substring(base.length());
    if (local.startsWith(ENTITY) && local.length() > ENTITY.length()) {
      return Kind.ENTITY;
    }
    if (local.startsWith(GRAPH)) {
      return Kind.GRAPH;
    }
    if (local.startsWith(RULE)) {
      return Kind.RULE;
    }
    if (local.startsWith(DOCUMENT)) {
      int claim = local.indexOf(CLAIM);
      if (claim > 0 && local.indexOf('/', claim + CLAIM.length()) < 0) {
        return Kind.CLAIM;
      }
      return local.indexOf('/', DOCUMENT.length()) < 0 ? Kind.DOCUMENT : Kind.OTHER;
    }
    return Kind.OTHER;
  }

  public boolean isEntity(String iri) {
    return kindOf(iri) == Kind.ENTITY;
  }
}
