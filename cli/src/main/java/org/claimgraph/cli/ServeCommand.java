package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.server.ClaimgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph serve}: the store on an embedded Fuseki, without loading CoreNLP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the TDB2 store: SPARQL endpoint, linked-data pages, the Fuseki query UI, metrics.",
        "Runs until interrupted (Ctrl-C)."},
    footer = {"", "Examples:", "  ./claimgraph serve", "  ./claimgraph serve --port 8080 --passwd secrets.txt",
        "", ExitCodes.HELP})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LoggingOptions logging;

  @Mixin
  StoreOptions store;

  @Mixin
  ServerOptions server;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
      description = "Base IRI of the data, mapped to this server's /id/ (default: ${DEFAULT-VALUE}).")
  String base;

  @Override
  public Integer call() throws InterruptedException {
    ClaimgraphServer running = server.builder(store, base).store(store.location()).build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "claimgraph-shutdown"));
    Urls.print(spec.commandLine().getOut(), running, null);
    running.fusekiServer().join();
    return ExitCodes.OK;
  }
}
