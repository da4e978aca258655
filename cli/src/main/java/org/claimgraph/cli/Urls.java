package org.claimgraph.cli;

import java.io.PrintWriter;
import org.claimgraph.server.ClaimgraphServer;

/** The lines that tell a person where to look once the server is up. */
final class Urls {
  private Urls() {}

  /** @param entityPath a path under the server of an entity worth looking at first, or null */
  static void print(PrintWriter out, ClaimgraphServer server, String entityPath) {
    String root = server.serverUrl().replaceAll("/$", "");
    out.println();
    out.println("claimgraph is serving " + server.store().location().tdb2Directory());
    out.println("  Browse the graph    " + root + "/");
    if (entityPath != null) {
      out.println("  An entity           " + root + entityPath);
    }
    out.println("  Query UI            " + server.queryUiUrl());
    out.println("  SPARQL endpoint     " + server.sparqlUrl());
    out.println("  Metrics             " + root + "/$/metrics");
    out.println("Stop with Ctrl-C.");
    out.flush();
  }
}
