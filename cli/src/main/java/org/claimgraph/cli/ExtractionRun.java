package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.clean.CleaningReport;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.corenlp.CoreNlpAnnotator;
import org.claimgraph.extract.pipeline.CachingAnnotator;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.pipeline.LanguageRouter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.claimgraph.ontology.ClaimgraphOntology;
import org.claimgraph.store.GraphLoader;
import org.claimgraph.store.LoadReport;

/**
 * Extracts a list of articles with one pipeline, maps each to its named graph, and keeps going past a bad file.
 * Progress goes to stderr; the RDF goes to an in-memory dataset the caller writes or loads.
 */
final class ExtractionRun {
  /** One document that went through. */
  record Done(Path file, Extraction extraction, String graph) {}

  /** One input that could not be processed, and why. */
  record Failed(Path file, String message) {}

  private final DocumentExtractor extractor;
  private final TextDecoder decoder;
  private final RdfMapper mapper;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean report;

  final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
  final List<Done> done = new ArrayList<>();
  final List<Failed> failed = new ArrayList<>();
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();
  private long totalMillis;

  /** A run with the pipeline, decoding and IRIs the command-line options ask for. */
  static ExtractionRun with(ExtractionOptions options, LoggingOptions logging, PrintWriter err, boolean report) {
    return new ExtractionRun(options.extractor(), options.decoder(), options.mapper(), err, logging.quiet, report);
  }

  ExtractionRun(DocumentExtractor extractor, TextDecoder decoder, RdfMapper mapper, PrintWriter err, boolean quiet,
      boolean report) {
    this.extractor = extractor;
    this.decoder = decoder;
    this.mapper = mapper;
    this.err = err;
    this.quiet = quiet;
    this.report = report;
  }

  ExtractionRun run(List<Path> files) {
    long start = System.nanoTime();
    try (Progress progress = Progress.create(err, files.size(), quiet)) {
      for (Path file : files) {
        processOne(file, progress);
        progress.documentDone();
      }
    }
    totalMillis = (System.nanoTime() - start) / 1_000_000;
    return this;
  }

  private void processOne(Path file, Progress progress) {
    long[] stageStart = {System.nanoTime()};
    String[] stage = {"read"};
    DocumentExtractor.Listener listener = (source, next) -> {
      long now = System.nanoTime();
      stageMillis.merge(stage[0], (now - stageStart[0]) / 1_000_000, Long::sum);
      stage[0] = next;
      stageStart[0] = now;
      progress.stage(file.getFileName().toString(), next);
    };
    try {
      RawDocument raw = decoder.decode(file);
      listener.stage(raw.source(), "clean");
      CleanDocument clean = extractor.clean(raw);
      if (report) {
        printReport(clean);
      }
      Extraction x = extractor.extract(clean, listener);
      listener.stage(raw.source(), "rdf");
      mapper.map(x, StreamRDFLib.dataset(dataset));
      listener.stage(raw.source(), "done");
      done.add(new Done(file, x, mapper.graphOf(clean).getURI()));
    } catch (ExtractionException e) {
      failed.add(new Failed(file, e.getMessage()));
      err.println("claimgraph: " + e.getMessage());
    }
  }

  private void printReport(CleanDocument clean) {
    err.printf("%s: article \"%s\"%s%s, %d paragraphs%n", clean.raw().source(), clean.title(),
        clean.date().map(d -> ", " + d).orElse(""),
        clean.byline().map(b -> ", by " + b.author() + b.role().map(r -> " (" + r + ")").orElse("")).orElse(""),
        clean.paragraphs().size());
    CleaningReport.lines(clean).forEach(line -> err.println("  " + line));
  }

  /**
   * Loads the ontology and replaces each extracted document's named graph in the store, one write transaction per
   * graph; reports each graph on stderr.
   */
  void loadInto(GraphLoader loader) {
    loader.loadOntology(ClaimgraphOntology.ontologyModel().getGraph());
    for (Done d : done) {
      List<Quad> quads = dataset.stream(NodeFactory.createURI(d.graph()), null, null, null).toList();
      LoadReport r = loader.replaceGraph(d.graph(), quads.iterator());
      err.printf("claimgraph: %s -> <%s>: %d triples%n", d.file(), d.graph(), r.triples());
    }
  }

  /** The one-line summary: entities by type, mentions, relations, claims, triples, time. */
  String summary() {
    if (done.isEmpty()) {
      return "no document extracted (" + failed.size() + " failed; see above)";
    }
    Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
    int mentions = 0;
    int relations = 0;
    int claims = 0;
    for (Done d : done) {
      for (Entity e : d.extraction().entities()) {
        byType.merge(e.type(), 1, Integer::sum);
        mentions += e.mentions().size();
      }
      relations += d.extraction().relations().size();
      claims += d.extraction().claims().size();
    }
    long triples = dataset.stream().count();
    String types = byType.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase().replace('_', ' ') + " " + e.getValue())
        .collect(Collectors.joining(", "));
    int entities = byType.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Long> times = new LinkedHashMap<>(stageMillis);
    long load = modelLoadMillis();
    if (load > 0) {
      times.merge("annotate", -load, Long::sum);
      times.put("model load", load);
    }
    String stages = times.entrySet().stream()
        .filter(e -> e.getValue() >= 100)
        .map(e -> e.getKey() + " " + seconds(e.getValue()))
        .collect(Collectors.joining(", "));
    return String.format("%d document%s%s: %d entities (%s), %d mentions, %d relations, %d claims, %d quads in %s (%s)",
        done.size(), done.size() == 1 ? "" : "s", failed.isEmpty() ? "" : " (" + failed.size() + " failed)",
        entities, types, mentions, relations, claims, triples, seconds(totalMillis), stages);
  }

  /** The exit code this run deserves. */
  int exitCode() {
    if (failed.isEmpty()) {
      return ExitCodes.OK;
    }
    return done.isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.PARTIAL;
  }

  int cacheHits() {
    return extractor.annotator() instanceof CachingAnnotator c ? c.hits() : 0;
  }

  /** How long loading the CoreNLP models took in this process (0 when every document came from the cache). */
  long modelLoadMillis() {
    Annotator a = extractor.annotator();
    if (a instanceof CachingAnnotator c) {
      a = c.delegate();
    }
    List<Annotator> pipelines = a instanceof LanguageRouter router ? router.annotators() : List.of(a);
    return pipelines.stream()
        .mapToLong(p -> p instanceof CoreNlpAnnotator core ? Math.max(0, core.loadMillis()) : 0)
        .sum();
  }

  private static String seconds(long millis) {
    return String.format("%.1f s", millis / 1000.0);
  }
}
