package org.claimgraph.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to the rest of the server: the SPARQL endpoint and the Fuseki query UI of the served dataset. */
final class SiteLinks {

  /**
   * Where the Fuseki UI opens. {@code /} is the home page, and the UI cannot move to another path: it prefixes its API
   * calls with its own path ({@code /$/server}, {@code /kg/sparql}). {@code /?ui} keeps that path at {@code /}.
   */
  static final String QUERY_UI = "/?" + HomeServlet.UI_PARAMETER;
  /** The UI's page among the static files of the Fuseki UI module. */
  static final String QUERY_UI_INDEX = "/index.html";

  private final String serviceName;

  SiteLinks(String serviceName) {
    if (serviceName == null || !serviceName.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("Dataset service name '" + serviceName
          + "' must be a plain path segment such as 'kg'");
    }
    this.serviceName = serviceName;
  }

  String serviceName() {
    return serviceName;
  }

  String sparqlEndpoint() {
    return "/" + serviceName + "/sparql";
  }

  String graphStore() {
    return "/" + serviceName + "/get";
  }

  String queryUi() {
    return queryUiPath(serviceName);
  }

  static String queryUiPath(String serviceName) {
    return QUERY_UI + "#/dataset/" + serviceName + "/query";
  }

  /** The query UI with {@code query} in its editor. */
  String queryUi(String query) {
    return queryUi() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
  }

  String describe(String iri) {
    return queryUi("DESCRIBE <" + iri + ">");
  }
}
