package org.claimgraph.cli;

import java.nio.file.Path;
import org.claimgraph.server.ClaimgraphServer;
import picocli.CommandLine.Option;

/** How the server listens and what configuration it starts from. */
final class ServerOptions {
  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "3030",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--config", paramLabel = "FILE", defaultValue = "${sys:claimgraph.home:-.}/fuseki-config/config.ttl",
      description = "Fuseki configuration (default: fuseki-config/config.ttl in the project directory).")
  Path config;

  @Option(names = "--passwd", paramLabel = "FILE",
      description = "Password file (Jetty format 'user: password') that enables SPARQL update and uploads for its "
          + "users. Without it the write endpoints do not exist.")
  Path passwordFile;

  @Option(names = "--public", description = "Listen on all interfaces, not only on localhost.")
  boolean everywhere;

  @Option(names = "--allow-service",
      description = "Allow SPARQL SERVICE (federated query). Off by default: it lets anyone who can send a query"
          + " make the server fetch any URL.")
  boolean allowService;

  ClaimgraphServer.Builder builder(StoreOptions store, String base) {
    ClaimgraphServer.Builder b = ClaimgraphServer.create()
        .port(port)
        .loopback(!everywhere)
        .config(config)
        .baseIri(base)
        .allowFederatedQueries(allowService);
    if (passwordFile != null) {
      b.passwordFile(passwordFile);
    }
    return b;
  }
}
