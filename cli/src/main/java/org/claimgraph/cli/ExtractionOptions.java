package org.claimgraph.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.clean.TextDecoder;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.extract.rdf.IriMinter;
import org.claimgraph.extract.rdf.RdfMapper;
import picocli.CommandLine.Option;

/** Options shared by every command that extracts articles. */
final class ExtractionOptions {
  @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
      description = "Base IRI of minted resources (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Decode inputs with this charset (default: UTF-8, or GB18030 when detected).")
  String encoding;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "5000000",
      description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE} bytes).")
  long maxBytes;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = "${sys:claimgraph.home:-.}/data/annotation-cache",
      description = "Where CoreNLP annotations and finished graphs are cached, so unchanged documents are not "
          + "annotated or extracted again (default: data/annotation-cache in the project directory).")
  Path cache;

  @Option(names = "--no-cache", description = "Always run CoreNLP and the extraction; read and write no cache.")
  boolean noCache;

  @Option(names = "--re-extract", description = "Extract every document again even when the cache holds its finished "
      + "graph (annotations are still read from the cache): to time the extraction stages.")
  boolean reExtract;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "An extra lexicon TSV (same columns as the bundled ones); repeatable.")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "Documents extracted at once, sharing one loaded pipeline (default: one per core, here "
          + "${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "600",
      description = "Give up on a document that takes longer than this, report it, and go on with the others "
          + "(default: ${DEFAULT-VALUE}; 0: no limit). The first document's time includes loading the models.")
  long timeBudgetSeconds;

  int threads() {
    if (threads < 1) {
      throw new InputException("--threads " + threads + ": give 1 or more");
    }
    return threads;
  }

  Duration timeBudget() {
    if (timeBudgetSeconds < 0) {
      throw new InputException("--time-budget " + timeBudgetSeconds + ": give seconds, 0 for no limit");
    }
    return Duration.ofSeconds(timeBudgetSeconds);
  }

  TextDecoder decoder() {
    TextDecoder.Builder b = TextDecoder.create().maxBytes(maxBytes);
    if (encoding != null) {
      if (!Charset.isSupported(encoding)) {
        throw new InputException("--encoding " + encoding + ": unknown charset (try UTF-8 or GB18030)");
      }
      b.encoding(encoding);
    }
    return b.build();
  }

  DocumentExtractor extractor() {
    Path cacheDir = noCache ? null : cache.toAbsolutePath().normalize();
    return DocumentExtractor.standard(cacheDir, lexicons.toArray(Path[]::new));
  }

  /** Finished graphs kept beside the annotation cache, so unchanged documents are not extracted again. */
  Optional<ResultCache> resultCache() {
    return noCache || reExtract ? Optional.empty()
        : Optional.of(ResultCache.under(cache.toAbsolutePath().normalize(), base, lexicons));
  }

  RdfMapper mapper() {
    try {
      return new RdfMapper(new IriMinter(base));
    } catch (IllegalArgumentException e) {
      throw new InputException("--base: " + e.getMessage());
    }
  }
}
