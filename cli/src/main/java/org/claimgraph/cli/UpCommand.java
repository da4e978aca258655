package org.claimgraph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
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
    ExtractionRun run = ExtractionRun.with(options, logging, err, false).run(files);
    err.println("claimgraph: " + run.summary());
    if (run.done.isEmpty()) {
      return run.exitCode();
    }
    TdbStore tdb = TdbStore.open(store.location());
    run.loadInto(new GraphLoader(tdb));
    err.printf("claimgraph: loaded %d document graph%s into %s%n", run.done.size(), run.done.size() == 1 ? "" : "s",
        store.location().tdb2Directory());
    if (noServe) {
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
    Urls.print(spec.commandLine().getOut(), running, mostMentioned(run, options.mapper().iris().base()));
    running.fusekiServer().join();
    return run.exitCode();
  }

  /** The server path of the named entity (not a topic) mentioned most often, a good first page to open. */
  private static String mostMentioned(ExtractionRun run, String base) {
    return run.done.stream()
        .flatMap(d -> d.extraction().entities().stream())
        .filter(e -> e.type() != EntityType.TOPIC)
        .max(Comparator.comparingInt((Entity e) -> e.mentions().size()).thenComparing(Entity::key))
        .map(e -> "/id/" + new IriLayout(base).entity(e.key()).substring(base.length()))
        .orElse(null);
  }
}
