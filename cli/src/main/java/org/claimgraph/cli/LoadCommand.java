package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ontology.ClaimgraphOntology;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.LoadReport;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph load}: RDF files or raw articles into the TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {
        "Load RDF files (ttl, trig, nq, nt, jsonld, rdf) or raw articles into the TDB2 store.",
        "Each document replaces its own named graph in one write transaction, so a failed load leaves the store as it "
            + "was. Articles are extracted first. The ontology is (re)loaded into its own graph.",
        "An RDF file with no triples (empty, or only prefixes and comments) is reported as not loaded: exit 3 when "
            + "nothing else was given, 1 when other inputs were loaded."},
    footer = {"", "Examples:",
        "  ./claimgraph load                       # extract and load the bundled essay",
        "  ./claimgraph load corpus/ more.trig", "", ExitCodes.HELP})
final class LoadCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LoggingOptions logging;

  @Mixin
  ExtractionOptions options;

  @Mixin
  StoreOptions store;

  @Option(names = "--compact", description = "Compact the store after loading (see `claimgraph compact`): worth it "
      + "after reloading documents, which leaves their old data on disk.")
  boolean compact;

  @Parameters(paramLabel = "FILES|DIRS", arity = "0..*",
      description = "RDF files, article text files, or directories of them (default: the bundled essay).")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = InputFiles.orBundledEssay(inputs, true);
    List<Path> rdf = files.stream().filter(InputFiles::isRdf).toList();
    List<Path> articles = files.stream().filter(f -> !InputFiles.isRdf(f)).toList();
    ExtractionRun run = null;
    List<Path> emptyRdf = List.of();
    LoadReport rdfReport = null;
    LoadReport ontologyReport;
    // The store first: a store held by a running server is reported at once, before the models load.
    try (TdbStore tdb = TdbStore.open(store.location())) {
      GraphLoader loader = new GraphLoader(tdb);
      // RDF files first: into an empty store they take the bulk path (GraphLoader); the ontology comes last, loaded
      // whatever happened to the rest.
      try {
        if (!rdf.isEmpty()) {
          rdfReport = loader.loadFiles(rdf, options.mapper().iris().base() + "graph/loaded");
          for (LoadReport.GraphCount g : rdfReport.graphs()) {
            err.printf("claimgraph: <%s>: %d triples%n", g.graph(), g.triples());
          }
          emptyRdf = rdfReport.emptyFiles();
          for (Path empty : emptyRdf) {
            err.println("claimgraph: " + empty + ": no triples in the file (it is empty, or holds only prefixes and "
                + "comments); nothing was loaded from it");
          }
        }
        if (!articles.isEmpty()) {
          run = ExtractionRun.with(options, logging, err, false)
              .reusingResults(options.resultCache()).run(articles, intoStore(loader, err));
        }
      } finally {
        ontologyReport = loader.loadOntology(ClaimgraphOntology.ontologyModel().getGraph());
      }
      long total = run == null && rdfReport != null && rdfReport.storeTriples().isPresent()
          ? rdfReport.storeTriples().getAsLong() - Math.max(0, rdfReport.triples(GraphLoader.ONTOLOGY_GRAPH))
              + ontologyReport.triples(GraphLoader.ONTOLOGY_GRAPH)
          : tdb.quadCount(); // a load into an empty store knows its total; otherwise count (1-2 s per million)
      err.println("claimgraph: store " + store.location().tdb2Directory() + ": " + total + " triples in all");
      if (compact) {
        CompactCommand.report(err, tdb, tdb.compact());
      }
    }
    if (run != null) {
      err.println("claimgraph: " + run.summary());
    }
    int failed = emptyRdf.size() + (run == null ? 0 : run.failed.size());
    int loaded = rdf.size() - emptyRdf.size() + (run == null ? 0 : run.documents());
    if (failed == 0) {
      return ExitCodes.OK;
    }
    if (loaded == 0) {
      err.println("claimgraph: nothing was loaded (the store holds what it held before, and the ontology)");
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.PARTIAL;
  }

  /** Each finished document replaces its named graph in the store, in its own write transaction. */
  static ExtractionRun.Destination intoStore(GraphLoader loader, PrintWriter err) {
    return d -> {
      LoadReport r = loader.replaceGraph(d.graph(), d.quads().iterator());
      err.printf("claimgraph: %s -> <%s>: %d triples%n", d.file(), d.graph(), r.triples());
    };
  }
}
