package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.clean.CleaningReport;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.corenlp.CoreNlpAnnotator;
import org.claimgraph.extract.pipeline.CachingAnnotator;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.pipeline.LanguageRouter;
import org.claimgraph.extract.rdf.RdfMapper;
import org.claimgraph.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a list of articles on a pool of worker threads and hands each finished document's named graph to a
 * {@link Destination}, in input order whatever the threads' timing, then forgets it: memory grows with the number
 * of threads, not of documents. A bad file, or one over the time budget, is reported and the run goes on.
 * Progress goes to stderr.
 */
final class ExtractionRun {
  /**
   * One extracted document: its input, its extraction (absent when its graph came from the {@link ResultCache}), its
   * named graph's quads and its tally.
   */
  record Document(Path file, RawDocument raw, Optional<Extraction> extraction, String graph, List<Quad> quads,
      Tally tally) {}

  /** What a document adds to the run's summary; kept beside its graph in the {@link ResultCache}. */
  record Tally(long sentences, Map<EntityType, Integer> entitiesByType, long mentions, long relations, long claims,
      String mostMentionedKey, int mostMentionedCount) {
    static Tally of(Extraction x) {
      Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
      long mentions = 0;
      Entity most = null;
      for (Entity e : x.entities()) {
        byType.merge(e.type(), 1, Integer::sum);
        mentions += e.mentions().size();
        if (e.type() != EntityType.TOPIC && (most == null || MOST_MENTIONED.compare(e, most) > 0)) {
          most = e;
        }
      }
      return new Tally(x.annotated().sentences().size(), byType, mentions, x.relations().size(), x.claims().size(),
          most == null ? null : most.key(), most == null ? 0 : most.mentions().size());
    }

    boolean mentionsMoreThan(Tally other) {
      return mostMentionedKey != null && (other.mostMentionedKey == null
          || mostMentionedCount > other.mostMentionedCount
          || mostMentionedCount == other.mostMentionedCount && mostMentionedKey.compareTo(other.mostMentionedKey) > 0);
    }
  }

  /** One input that could not be processed, and why (the message names the file first, as stderr shows it). */
  record Failed(Path file, String message) {
    /** The message without the file name it starts with: for a report whose row already names the file. */
    String reason() {
      String prefix = file + ": ";
      return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
  }

  /** Where finished documents go; called on the thread that runs {@link #run}, one document at a time. */
  @FunctionalInterface
  interface Destination {
    void accept(Document document);
  }

  /**
   * Documents a worker may finish ahead of the one the destination waits for. With two, a document a tenth of the
   * corpus long left the other core idle for most of its run (1.27x on two threads, bench/extract-scale.sh threads).
   */
  private static final int RUN_AHEAD_PER_THREAD = 16;
  /** How often a document that is still running gets a line of progress. */
  private static final Duration HEARTBEAT = Duration.ofSeconds(30);
  /** The order the stages are listed in the summary. */
  private static final List<String> STAGES = List.of("read", "clean", "annotate", "entities", "relations", "claims",
      "rdf");
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.extract");

  private final LazyExtractor extractor;
  private Optional<ResultCache> results = Optional.empty();
  private final TextDecoder decoder;
  private final RdfMapper mapper;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean report;
  private final int threads;
  private final Duration timeBudget;

  final List<Failed> failed = new ArrayList<>();
  /** Documents that failed on a bug rather than on their input. */
  private int internalErrors;
  private final Map<String, Long> stageMillis = new ConcurrentHashMap<>();
  private final Map<EntityType, Integer> entitiesByType = new EnumMap<>(EntityType.class);
  private int documents;
  private long sentences;
  private long mentions;
  private long relations;
  private long claims;
  private long quads;
  private long reused;
  private long totalMillis;
  private Tally mostMentioned;

  /** A run with the pipeline, decoding, IRIs and threads the command-line options ask for. */
  static ExtractionRun with(ExtractionOptions options, LoggingOptions logging, PrintWriter err, boolean report) {
    return new ExtractionRun(options::extractor, options.decoder(), options.mapper(), err, logging.quiet, report,
        options.threads(), options.timeBudget());
  }

  /** As {@link #with(ExtractionOptions, LoggingOptions, PrintWriter, boolean)}, with an extractor built already. */
  static ExtractionRun with(ExtractionOptions options, LoggingOptions logging, PrintWriter err, boolean report,
      DocumentExtractor extractor) {
    return new ExtractionRun(() -> extractor, options.decoder(), options.mapper(), err, logging.quiet, report,
        options.threads(), options.timeBudget());
  }

  /**
   * @param threads    documents extracted at once (each on its own thread, all sharing the extractor)
   * @param timeBudget how long one document may take before it is given up (zero: no limit)
   */
  ExtractionRun(DocumentExtractor extractor, TextDecoder decoder, RdfMapper mapper, PrintWriter err, boolean quiet,
      boolean report, int threads, Duration timeBudget) {
    this(() -> extractor, decoder, mapper, err, quiet, report, threads, timeBudget);
  }

  /** As above, with the extractor built on first need: a run whose documents all come from the result cache never
   *  loads lexicons or compiles rules. */
  ExtractionRun(Supplier<DocumentExtractor> extractor, TextDecoder decoder, RdfMapper mapper, PrintWriter err,
      boolean quiet, boolean report, int threads, Duration timeBudget) {
    if (threads < 1) {
      throw new InputException("--threads " + threads + ": give 1 or more");
    }
    this.extractor = new LazyExtractor(extractor);
    this.decoder = decoder;
    this.mapper = mapper;
    this.err = err;
    this.quiet = quiet;
    this.report = report;
    this.threads = threads;
    this.timeBudget = timeBudget;
  }

  RdfMapper mapper() {
    return mapper;
  }

  /**
   * Reads unchanged documents' graphs from {@code cache} and keeps new ones there. Not for runs that need each
   * document's {@link Extraction} (scoring), nor with the cleaning report, which needs the cleaning to run.
   */
  ExtractionRun reusingResults(Optional<ResultCache> cache) {
    this.results = report ? Optional.empty() : cache;
    return this;
  }

  /** Extracts {@code files} and gives each finished document to {@code destination}, in the order of the list. */
  ExtractionRun run(List<Path> files, Destination destination) {
    long start = System.nanoTime();
    // Documents go out in input order, so finished ones wait behind a long one at the head. Letting the workers run
    // that far ahead keeps every core busy past a long document while bounding the documents held in memory.
    int window = threads * RUN_AHEAD_PER_THREAD;
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread t = new Thread(runnable, "claimgraph-extract");
          t.setDaemon(true); // a document abandoned over its time budget must not keep the JVM alive
          return t;
        });
    try (Progress progress = Progress.create(err, files.size(), quiet)) {
      Deque<Task> pending = new ArrayDeque<>();
      Iterator<Path> next = files.iterator();
      while (next.hasNext() || !pending.isEmpty()) {
        while (pending.size() < window && next.hasNext()) {
          Task task = new Task(next.next(), progress);
          task.future = pool.submit(task::extract);
          pending.add(task);
        }
        Task head = pending.removeFirst();
        Object outcome = await(head, pool, progress);
        if (outcome instanceof Document d) {
          count(d);
          destination.accept(d);
        } else {
          Failed f = (Failed) outcome;
          failed.add(f);
          err.println("claimgraph: " + f.message());
        }
        progress.documentDone(head.file.getFileName().toString());
      }
    } finally {
      pool.shutdownNow();
    }
    totalMillis = (System.nanoTime() - start) / 1_000_000;
    return this;
  }

  /** The extractor, built by the first worker that needs it while the others wait. */
  private static final class LazyExtractor {
    private final Supplier<DocumentExtractor> build;
    private volatile DocumentExtractor built;

    LazyExtractor(Supplier<DocumentExtractor> build) {
      this.build = build;
    }

    DocumentExtractor get() {
      DocumentExtractor x = built;
      if (x == null) {
        synchronized (this) {
          if (built == null) {
            built = build.get();
          }
          x = built;
        }
      }
      return x;
    }

    boolean isBuilt() {
      return built != null;
    }
  }

  /** One document on its way through the stages; the fields the worker writes are read by the waiting thread. */
  private final class Task {
    final Path file;
    final Progress progress;
    volatile long startNanos;
    volatile String stage = "waiting";
    Future<Object> future;

    Task(Path file, Progress progress) {
      this.file = file;
      this.progress = progress;
    }

    Object extract() {
      startNanos = System.nanoTime();
      long[] stageStart = {startNanos};
      String name = file.getFileName().toString();
      stage = "read";
      DocumentExtractor.Listener listener = (source, next) -> {
        long now = System.nanoTime();
        stageMillis.merge(stage, (now - stageStart[0]) / 1_000_000, Long::sum);
        stage = next;
        stageStart[0] = now;
        progress.stage(name, next);
      };
      try {
        RawDocument raw = decoder.decode(file);
        Optional<Document> earlier = results.flatMap(r -> r.read(file, raw));
        if (earlier.isPresent()) {
          listener.stage(raw.source(), "done");
          return earlier.get();
        }
        listener.stage(raw.source(), "clean");
        DocumentExtractor extractor = ExtractionRun.this.extractor.get();
        CleanDocument clean = extractor.clean(raw);
        if (report) {
          printReport(clean);
        }
        Extraction x = extractor.extract(clean, listener);
        listener.stage(raw.source(), "rdf");
        CollectorStreamQuads collected = new CollectorStreamQuads();
        mapper.map(x, collected);
        listener.stage(raw.source(), "done");
        // The mapper may state a triple twice (a label from two mentions, say); the graph holds it once.
        List<Quad> quads = List.copyOf(new LinkedHashSet<>(collected.getCollected()));
        Document done = new Document(file, raw, Optional.of(x), mapper.graphOf(clean).getURI(), quads, Tally.of(x));
        results.ifPresent(r -> r.write(done));
        return done;
      } catch (ExtractionException e) {
        return new Failed(file, e.getMessage());
      }
    }
  }

  /** The task's outcome, waiting for it; gives up on it (and frees its worker slot) once over the time budget. */
  private Object await(Task task, ThreadPoolExecutor pool, Progress progress) {
    long lastHeartbeat = System.nanoTime();
    while (true) {
      try {
        return task.future.get(1, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        long started = task.startNanos;
        if (started == 0) {
          continue;
        }
        long now = System.nanoTime();
        Duration elapsed = Duration.ofNanos(now - started);
        if (!timeBudget.isZero() && elapsed.compareTo(timeBudget) > 0) {
          task.future.cancel(true);
          // CoreNLP may not notice the interrupt: a new worker takes the place of the one still busy.
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
          return new Failed(task.file, task.file + ": gave up after " + elapsed.toSeconds() + " s in stage '"
              + task.stage + "', over the time budget of " + timeBudget.toSeconds() + " s per document "
              + "(--time-budget); the other documents go on. Split the document, or raise --time-budget.");
        }
        if (now - lastHeartbeat >= HEARTBEAT.toNanos()) {
          progress.stillRunning(task.file.getFileName().toString(), task.stage, elapsed);
          lastHeartbeat = now;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while extracting " + task.file, e);
      } catch (CancellationException e) {
        return new Failed(task.file, task.file + ": cancelled");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
          throw error; // out of memory and the like: no document after it would fare better
        }
        if (cause instanceof StoreException || ClaimgraphCli.isBadInput(cause)) {
          throw (RuntimeException) cause; // the run's own input or store (a lexicon given with --lexicon): for all
        }
        // A bug met on one document: of a thousand articles, the other 999 still deserve their graphs.
        LOG.debug("{}: internal error", task.file, cause);
        internalErrors++;
        return new Failed(task.file, task.file + ": internal error in stage '" + task.stage + "': " + cause
            + " (a bug in claimgraph, not in the file; the other documents go on). Run with -v for the stack trace, "
            + "and report it with the file.");
      }
    }
  }

  private synchronized void printReport(CleanDocument clean) {
    err.printf("%s: article \"%s\"%s%s, %d paragraphs%n", clean.raw().source(), clean.title(),
        clean.date().map(d -> ", " + d).orElse(""),
        clean.byline().map(b -> ", by " + b.author() + b.role().map(r -> " (" + r + ")").orElse("")).orElse(""),
        clean.paragraphs().size());
    CleaningReport.lines(clean).forEach(line -> err.println("  " + line));
  }

  private void count(Document d) {
    documents++;
    Tally t = d.tally();
    sentences += t.sentences();
    t.entitiesByType().forEach((type, n) -> entitiesByType.merge(type, n, Integer::sum));
    mentions += t.mentions();
    if (mostMentioned == null || t.mentionsMoreThan(mostMentioned)) {
      mostMentioned = t;
    }
    relations += t.relations();
    claims += t.claims();
    quads += d.quads().size();
    if (d.extraction().isEmpty()) {
      reused++;
    }
  }

  private static final Comparator<Entity> MOST_MENTIONED =
      Comparator.comparingInt((Entity e) -> e.mentions().size()).thenComparing(Entity::key);

  /** Documents extracted so far. */
  int documents() {
    return documents;
  }

  /** Sentences in the extracted documents, for throughput in sentences per second. */
  long sentences() {
    return sentences;
  }

  /** The key of the named entity (not a topic) mentioned most often in one document of the run. */
  Optional<String> mostMentionedKey() {
    return Optional.ofNullable(mostMentioned).map(Tally::mostMentionedKey);
  }

  /** The one-line summary: entities by type, mentions, relations, claims, quads, time. */
  String summary() {
    if (documents == 0) {
      return "no document extracted (" + failed.size() + " failed; see above)";
    }
    String types = entitiesByType.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase().replace('_', ' ') + " " + e.getValue())
        .collect(Collectors.joining(", "));
    int entities = entitiesByType.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Long> times = new LinkedHashMap<>();
    STAGES.forEach(s -> Optional.ofNullable(stageMillis.get(s)).ifPresent(ms -> times.put(s, ms)));
    long load = modelLoadMillis();
    if (load > 0) {
      times.merge("annotate", -load, Long::sum);
      times.put("model load", load);
    }
    String stages = times.entrySet().stream()
        .filter(e -> e.getValue() >= 100)
        .map(e -> e.getKey() + " " + seconds(e.getValue()))
        .collect(Collectors.joining(", "));
    double perSecond = totalMillis == 0 ? 0 : sentences * 1000.0 / totalMillis;
    String timing = (reused == 0 ? "" : reused + " from the result cache; ")
        + (stages.isEmpty() ? "" : (threads > 1 ? "stage times summed over threads: " : "") + stages + "; ")
        + String.format("%d sentences, %.1f sentences/s, %d thread%s", sentences, perSecond, threads,
            threads == 1 ? "" : "s");
    return String.format("%d document%s%s: %d entities (%s), %d mentions, %d relations, %d claims, %d quads in %s "
            + "(%s)",
        documents, documents == 1 ? "" : "s", failed.isEmpty() ? "" : " (" + failed.size() + " failed)",
        entities, types, mentions, relations, claims, quads, seconds(totalMillis), timing);
  }

  /** The exit code this run deserves. */
  int exitCode() {
    if (failed.isEmpty()) {
      return ExitCodes.OK;
    }
    if (documents > 0) {
      return ExitCodes.PARTIAL;
    }
    return internalErrors == failed.size() ? ExitCodes.INTERNAL : ExitCodes.BAD_INPUT;
  }

  /** How long loading the CoreNLP models took in this process (0 when every document came from the cache). */
  long modelLoadMillis() {
    if (!extractor.isBuilt()) {
      return 0;
    }
    Annotator a = extractor.get().annotator();
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
