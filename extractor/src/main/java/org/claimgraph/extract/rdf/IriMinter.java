package org.claimgraph.extract.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;
import org.claimgraph.extract.Span;

/**
 * The one place that mints IRIs (docs/rdf-model.md). Every IRI is a function of the base and the input, so the same
 * input always gives the same IRIs, and the same entity key the same IRI in every document.
 */
public final class IriMinter {
  public static final String DEFAULT_BASE = "https://w3id.org/claimgraph/id/";

  private final String base;

  public IriMinter(String base) {
    if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
      throw new IllegalArgumentException("Illegal base IRI=" + base + " : must end with '/' or '#'");
    }
    try {
      IRIs.checkEx(base);
    } catch (IRIException e) {
      throw new IllegalArgumentException("Illegal base IRI=" + base + " : " + e.getMessage(), e);
    }
    if (!IRIs.check(base) || !base.matches("(?i)https?://.+")) {
      throw new IllegalArgumentException("Illegal base IRI=" + base + " : must be an absolute http(s) IRI");
    }
    this.base = base;
  }

  public String base() {
    return base;
  }

  public String entity(String key) {
    return base + "entity/" + key;
  }

  public String document(String docId) {
    return base + "doc/" + docId;
  }

  public String graph(String docId) {
    return base + "graph/" + docId;
  }

  public String context(String docId) {
    return document(docId) + "/text";
  }

  public String sentence(String docId, int index) {
    return document(docId) + "/sentence/" + index;
  }

  public String mention(String docId, Span span) {
    return document(docId) + "/mention/" + span.begin() + "-" + span.end();
  }

  public String claim(String docId, Span span) {
    return document(docId) + "/claim/" + span.begin() + "-" + span.end();
  }

  /** A relation's description node, named by a hash of what it describes. */
  public String statement(String docId, String... parts) {
    return document(docId) + "/statement/" + hash(parts);
  }

  public String role(String docId, String... parts) {
    return document(docId) + "/role/" + hash(parts);
  }

  public String rule(String ruleId) {
    return base + "rule/" + ruleId;
  }

  private static String hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(p.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
