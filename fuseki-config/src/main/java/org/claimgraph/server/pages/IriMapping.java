package org.claimgraph.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.claimgraph.ontology.IriLayout;

/**
 * Maps data IRIs minted under the base IRI to this server's {@code /id/...} paths and back; any other IRI gets
 * the generic {@code /resource?iri=...} page.
 */
final class IriMapping {

  static final String ID_PATH = "/id/";
  static final String RESOURCE_PATH = "/resource";

  private final String baseIri;
  private final IriLayout layout;

  IriMapping(String baseIri) {
    if (baseIri == null || baseIri.isBlank()) {
      throw new IllegalArgumentException("The base IRI is empty; pass the one data IRIs are minted under, e.g."
          + " https://w3id.org/claimgraph/id/");
    }
    if (!isUsableIri(baseIri) || !(baseIri.endsWith("/") || baseIri.endsWith("#"))) {
      throw new IllegalArgumentException("Base IRI '" + baseIri + "' must be an absolute IRI ending in '/' or '#'");
    }
    this.baseIri = baseIri;
    this.layout = new IriLayout(baseIri);
  }

  String baseIri() {
    return baseIri;
  }

  /** What the data IRIs under the base name: entities, documents, claims. */
  IriLayout layout() {
    return layout;
  }

  boolean isLocal(String iri) {
    return iri.startsWith(baseIri) && iri.length() > baseIri.length();
  }

  /** The IRI behind {@code /id/<pathInfo>}, where pathInfo is the decoded rest of the path after {@code /id/}. */
  String iriForIdPath(String pathInfo) {
    return baseIri + pathInfo;
  }

  /** Server-relative URL of the page about {@code iri}, with {@code extension} (e.g. "ttl") or null. */
  String pagePath(String iri, String extension) {
    if (isLocal(iri)) {
      String local = iri.substring(baseIri.length());
      // '%', '?', '#' and '\' would be decoded or cut by the HTTP stack, so such IRIs use the generic page.
      if (local.chars().noneMatch(c -> c == '%' || c == '?' || c == '#' || c == '\\')) {
        return ID_PATH + encodePath(local) + (extension == null ? "" : "." + extension);
      }
    }
    return RESOURCE_PATH + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)
        + (extension == null ? "" : "&format=" + extension);
  }

  String pagePath(String iri) {
    return pagePath(iri, null);
  }

  /** True for an IRI with a scheme (a fragment is fine) that can go between angle brackets in SPARQL as it is. */
  static boolean isUsableIri(String iri) {
    if (iri == null || iri.isEmpty() || iri.length() > 4096) {
      return false;
    }
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
        return false;
      }
    }
    try {
      return IRIx.create(iri).isReference();
    } catch (IRIException e) {
      return false;
    }
  }

  /** Links that may leave the server: only http(s), never javascript: or data:. */
  static Optional<String> externalHref(String iri) {
    String lower = iri.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(iri) : Optional.empty();
  }

  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0;
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
