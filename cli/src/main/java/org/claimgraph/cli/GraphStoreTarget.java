package org.claimgraph.cli;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Objects;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.HttpLib;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.claimgraph.store.StoreException;

/**
 * A store that speaks the SPARQL 1.1 Graph Store Protocol (claimgraph's server, or any Fuseki): named graphs are
 * replaced with HTTP PUT, so the server swaps each one in a single transaction and readers see the old graph or the
 * new one, never half of it.
 */
final class GraphStoreTarget {
  private final String endpoint;
  private final PasswordFile credentials;

  /**
   * @param datasetUrl  the dataset, e.g. {@code http://localhost:3030/kg}
   * @param endpoint    the read-write Graph Store endpoint under it ({@code data} on Fuseki)
   * @param credentials the user to log in as, or null
   */
  GraphStoreTarget(String datasetUrl, String endpoint, PasswordFile credentials) {
    String base = Objects.requireNonNull(datasetUrl, "datasetUrl").replaceAll("/+$", "");
    if (!base.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
      throw new InputException("--to " + datasetUrl + ": give the dataset's http(s) URL, e.g. http://localhost:3030/kg");
    }
    this.endpoint = endpoint.isEmpty() ? base : base + "/" + endpoint.replaceAll("^/+", "");
    this.credentials = credentials;
  }

  /** The Graph Store Protocol URL the graphs are sent to. */
  String endpoint() {
    return endpoint;
  }

  /** Replaces the named graph {@code graphIri} on the server with {@code graph}. */
  void put(String graphIri, Graph graph) {
    GSP request = GSP.service(endpoint).graphName(graphIri).contentType(RDFFormat.NTRIPLES);
    if (credentials != null) {
      request.httpHeader("Authorization", HttpLib.basicAuth(credentials.user(), credentials.password()));
    }
    try {
      request.PUT(graph);
    } catch (HttpException e) {
      throw explain(e, graphIri);
    }
  }

  private StoreException explain(HttpException e, String graphIri) {
    int status = e.getStatusCode();
    String what = "PUT <" + graphIri + "> to " + endpoint + " failed: ";
    String why = switch (status) {
      case 401 -> "401, the server refused the login" + (credentials == null
          ? "; give the server's password file with --passwd" : " of user " + credentials.user()
          + "; check the password file given with --passwd");
      case 403 -> "403, user " + (credentials == null ? "(none)" : credentials.user()) + " may not write there";
      case 404, 405 -> status + ", no writable Graph Store endpoint there. A claimgraph server has one only when it "
          + "runs with --passwd; on another Fuseki, name its read-write endpoint with --endpoint";
      case -1 -> connectionProblem(e);
      default -> status + " " + String.valueOf(e.getResponse() == null ? e.getMessage() : e.getResponse()).strip();
    };
    return new StoreException(what + why, e);
  }

  private static String connectionProblem(HttpException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return "cannot connect (is the server running, and is the URL right?)";
      }
    }
    return String.valueOf(e.getMessage());
  }
}
