package org.claimgraph.extract.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.claimgraph.extract.Span;
import org.claimgraph.ontology.IriLayout;

/**
 * The one place that mints IRIs (docs/rdf-model.md), at the paths {@link IriLayout} gives. Every IRI is a function of
 * the base and the input, so the same input always gives the same IRIs, and the same entity key the same IRI in every
 * document.
 */
public final class IriMinter {
  public static final String DEFAULT_BASE = IriLayout.DEFAULT_BASE;

  private final IriLayout layout;

  /** @throws IllegalArgumentException for a base that is not an absolute http(s) IRI ending in '/' or '#' */
  public IriMinter(String base) {
    this.layout = new IriLayout(base);
  }

  public String base() {
    return layout.base();
  }

  public String entity(String key) {
    return layout.entity(key);
  }

  public String document(String docId) {
    return layout.document(docId);
  }

  public String graph(String docId) {
    return layout.graph(docId);
  }

  public String context(String docId) {
    return layout.context(docId);
  }

  public String sentence(String docId, int index) {
    return layout.sentence(docId, index);
  }

  public String mention(String docId, Span span) {
    return layout.mention(docId, span.begin(), span.end());
  }

  public String claim(String docId, Span span) {
    return layout.claim(docId, span.begin(), span.end());
  }

  /** A relation's description node, named by a hash of what it describes. */
  public String statement(String docId, String... parts) {
    return layout.statement(docId, hash(parts));
  }

  public String role(String docId, String... parts) {
    return layout.role(docId, hash(parts));
  }

  public String rule(String ruleId) {
    return layout.rule(ruleId);
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
