package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.store.ExportFormat;
import org.claimgraph.store.Exporter;
import org.claimgraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimgraph export}: the store, or one document's graph, as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export one document's named graph, or the whole store, from the TDB2 store as RDF.",
    footer = {"", "Examples:",
        "  ./claimgraph export --all --format trig -o kg.trig",
        "  ./claimgraph export --graph genai-balance-2023.zh > essay.ttl", "", ExitCodes.HELP})
final class ExportCommand implements Callable<Integer> {
  @Mixin
  LoggingOptions logging;

  @Mixin
  StoreOptions store;

  static final class Selection {
    @Option(names = "--graph", paramLabel = "DOC", required = true,
        description = "A document id (e.g. genai-balance-2023.zh) or a graph IRI.")
    String graph;

    @Option(names = "--all", required = true, description = "Every graph, the ontology included (default).")
    boolean all;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Selection selection;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
      description = "Base IRI used to turn a document id into its graph IRI (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "ttl",
      description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    ExportFormat exportFormat = Formats.parse(format);
    try (TdbStore tdb = TdbStore.open(store.location())) {
      Exporter exporter = new Exporter(tdb);
      String graph = null;
      if (selection != null && selection.graph != null) {
        graph = selection.graph.contains(":") ? selection.graph : new IriMinter(base).graph(selection.graph);
        String iri = graph;
        boolean exists = Txn.calculateRead(tdb.dataset(),
            () -> tdb.dataset().containsGraph(NodeFactory.createURI(iri)));
        if (!exists) {
          throw new InputException("--graph " + selection.graph + ": no such graph <" + graph
              + "> in the store (list them with: SELECT DISTINCT ?g { GRAPH ?g {} })");
        }
      }
      OutputStream out = output == null ? System.out : Files.newOutputStream(output);
      try {
        if (graph == null) {
          exporter.exportAll(exportFormat, out);
        } else {
          exporter.exportGraph(graph, exportFormat, out);
        }
      } finally {
        if (output == null) {
          out.flush();
        } else {
          out.close();
        }
      }
    }
    return ExitCodes.OK;
  }
}
