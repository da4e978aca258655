package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ClaimgraphOntology;
import org.claimgraph.store.StoreException;

/**
 * Extracts documents and sends each one's named graph to a Graph Store as soon as it is finished, skipping what the
 * ledger says was sent already; in watch mode, keeps doing so for the files that appear or change in a folder.
 */
final class Ingester {
  private final Supplier<ExtractionRun> runs;
  private final TextDecoder decoder;
  private final String settings;
  private final GraphStoreTarget target;
  private final IngestLedger ledger;
  private final PrintWriter err;
  private final boolean force;

  /**
   * @param runs     a new extraction run per batch, all sharing one extractor (so the models load once)
   * @param settings what decides the extraction's output besides the text (base IRI, pipeline), for the ledger
   */
  Ingester(Supplier<ExtractionRun> runs, TextDecoder decoder, String settings, GraphStoreTarget target,
      IngestLedger ledger, PrintWriter err, boolean force) {
    this.runs = runs;
    this.decoder = decoder;
    this.settings = settings;
    this.target = target;
    this.ledger = ledger;
    this.err = err;
    this.force = force;
  }

  /** Sends the ontology graph: also checks the server and the login before any model is loaded. */
  void sendOntology() {
    target.put(CG.ONTOLOGY_IRI, ClaimgraphOntology.ontologyModel().getGraph());
  }

  /** Ingests the files not sent before; returns the exit code. */
  int ingest(List<Path> files) {
    List<Path> todo = new ArrayList<>();
    int skipped = 0;
    for (Path file : files) {
      if (!force && sentBefore(file)) {
        skipped++;
      } else {
        todo.add(file);
      }
    }
    if (skipped > 0) {
      err.printf("claimgraph: %d of %d document%s already sent to %s (ledger %s): skipped; --force sends them "
          + "again%n", skipped, files.size(), files.size() == 1 ? "" : "s", target.endpoint(), ledger.file());
    }
    if (todo.isEmpty()) {
      return ExitCodes.OK;
    }
    ExtractionRun run = runs.get();
    run.run(todo, d -> {
      Graph graph = GraphFactory.createDefaultGraph();
      d.quads().forEach(q -> graph.add(q.asTriple()));
      target.put(d.graph(), graph);
      ledger.record(IngestLedger.key(target.endpoint(), settings, d.raw().sha256()), d.graph(), d.file());
      err.printf("claimgraph: %s -> <%s>: %d triples sent%n", d.file(), d.graph(), graph.size());
    });
    err.println("claimgraph: " + run.summary());
    return run.exitCode();
  }

  private boolean sentBefore(Path file) {
    try {
      return ledger.contains(IngestLedger.key(target.endpoint(), settings, decoder.decode(file).sha256()));
    } catch (ExtractionException e) {
      return false; // the run reports it
    }
  }

  /**
   * Ingests each text file that appears or changes under {@code directory}, once it has stayed the same for one poll
   * (so a file still being written is not read half way). Returns only when the thread is interrupted.
   */
  void watch(Path directory, Duration poll) {
    if (!Files.isDirectory(directory)) {
      throw new InputException("--watch " + directory + ": not a directory");
    }
    err.printf("claimgraph: watching %s for new or changed articles (every %d s; Ctrl-C stops)%n", directory,
        poll.toSeconds());
    err.flush();
    Map<Path, String> lastSeen = new HashMap<>();
    Map<Path, String> handled = new HashMap<>();
    while (!Thread.currentThread().isInterrupted()) {
      List<Path> ready = new ArrayList<>();
      for (Path file : InputFiles.textFilesIn(directory)) {
        String stamp = stamp(file);
        String before = lastSeen.put(file, stamp);
        if (stamp != null && stamp.equals(before) && !stamp.equals(handled.get(file))) {
          ready.add(file);
          handled.put(file, stamp);
        }
      }
      if (!ready.isEmpty()) {
        try {
          ingest(ready);
        } catch (StoreException e) {
          err.println("claimgraph: " + e.getMessage() + "; trying again at the next poll");
          ready.forEach(handled::remove);
        }
        err.flush();
      }
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String stamp(Path file) {
    try {
      return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return null; // gone since the listing
    }
  }
}
