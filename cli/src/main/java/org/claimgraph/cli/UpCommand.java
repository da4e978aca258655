package org.claimgraph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ontology.ClaimgraphOntology;
import org.claimgraph.ontology.IriLayout;
import org.claimgraph.server.ClaimgraphServer;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph up}: the main job in one command. */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = {
        "Extract the bundled essay (or FILES), load it into the TDB2 store, serve it, and print where to look.",
        "An unchanged document is not annotated again (CoreNLP's output is cached), so a second 'up' starts in "
            + "seconds. Runs until interrupted (Ctrl-C)."},
    footer = {"", "Examples:", "  ./claimgraph up", "  ./claimgraph up --port 8080 corpus/", "", ExitCodes.HELP})
final class UpCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LoggingOptions logging;

  @Mixin
  ExtractionOptions options;

  @Mixin
  StoreOptions store;

  @Mixin
  ServerOptions server;

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "Articles to extract and serve (default: the bundled essay).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--no-serve", description = "Stop after loading (for scripts and benchmarks).")
  boolean noServe;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = InputFiles.orBundledEssay(inputs, false);
    // The store first: a store held by another process is reported at once, before the models load.
    TdbStore tdb = TdbStore.open(store.location());
    ExtractionRun run;
    try {
      GraphLoader loader = new GraphLoader(tdb);
      loader.loadOntology(ClaimgraphOntology.ontologyModel().getGraph());
      run = ExtractionRun.with(options, logging, err, false)
          .reusingResults(options.resultCache()).run(files, LoadCommand.intoStore(loader, err));
    } catch (RuntimeException e) {
      tdb.close();
      throw e;
    }
    err.println("claimgraph: " + run.summary());
    if (run.documents() > 0) {
      err.printf("claimgraph: loaded %d document graph%s into %s%n", run.documents(),
          run.documents() == 1 ? "" : "s", store.location().tdb2Directory());
    }
    if (run.documents() == 0 || noServe) {
      tdb.close();
      return run.exitCode();
    }
    ClaimgraphServer running = server.builder(store, options.base).store(tdb).build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.stop();
      tdb.close();
    }, "claimgraph-shutdown"));
    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    err.printf("claimgraph: first page ready %.1f s after start%n", sinceStart / 1000.0);
    Urls.print(spec.commandLine().getOut(), running,
        run.mostMentionedKey().map(key -> serverPath(key, options.mapper().iris().base())).orElse(null));
    running.fusekiServer().join();
    return run.exitCode();
  }

  /** The server path of an entity's page. */
  private static String serverPath(String entityKey, String base) {
    return "/id/" + new IriLayout(base).entity(entityKey).substring(base.length());
  }
}
