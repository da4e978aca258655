package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.pipeline.CacheFiles;
import org.claimgraph.extract.pipeline.DocumentExtractor;
import org.claimgraph.ontology.CG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished documents on disk: each document's named graph and tally, keyed by everything that decides them — the
 * article's text and file name, the base IRI, any extra lexicons, and the build of the code (extractor, ontology,
 * command line, CoreNLP). Re-running an unchanged document then reads its graph back instead of cleaning, tagging
 * and matching rules again, so a cached re-run costs little more than the JVM's start. A rebuild, another lexicon or
 * another base IRI changes the key, so a stale graph is never served; what is left behind is only disk space.
 *
 * <p>Lives in {@code results/} under the annotation cache, and is switched off with it ({@code --no-cache}).
 */
final class ResultCache {
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.cache");
  /** Bumped when the file layout changes. */
  private static final String FORMAT = "claimgraph-result/1";

  /** What a cache file holds. */
  record Entry(String key, String graph, ExtractionRun.Tally tally, String nquads) {}

  private final Path directory;
  private final String settings;

  private ResultCache(Path directory, String settings) {
    this.directory = directory;
    this.settings = settings;
  }

  /**
   * A cache under {@code annotationCache}, for runs with these settings.
   *
   * @param base      the base IRI the graphs are minted under
   * @param lexicons  extra lexicon files (their contents are part of the key)
   */
  static ResultCache under(Path annotationCache, String base, List<Path> lexicons) {
    StringBuilder settings = new StringBuilder(FORMAT).append('\n').append(base).append('\n');
    for (Path lexicon : lexicons) {
      try {
        settings.append(lexicon.toAbsolutePath()).append(' ')
            .append(CacheFiles.sha256(Files.readAllBytes(lexicon))).append('\n');
      } catch (IOException e) {
        throw new InputException("--lexicon " + lexicon + ": cannot read it (" + e.getMessage() + ")");
      }
    }
    // The classes that decide a graph: the command line, the extractor (rules, lexicons, cleaner), the ontology's
    // terms, and CoreNLP (its version names the models' version too).
    for (Class<?> code : List.of(ResultCache.class, DocumentExtractor.class, CG.class,
        edu.stanford.nlp.pipeline.StanfordCoreNLP.class)) {
      settings.append(build(code)).append('\n');
    }
    return new ResultCache(annotationCache.resolve("results"), settings.toString());
  }

  /** The graph and tally of an earlier run on exactly this document, if the cache has them. */
  Optional<ExtractionRun.Document> read(Path file, RawDocument raw) {
    String key = key(raw);
    Path entryFile = fileFor(file, key);
    if (!Files.isRegularFile(entryFile)) {
      return Optional.empty();
    }
    try {
      Entry e = CacheFiles.read(entryFile, Entry.class);
      if (!e.key().equals(key)) {
        return Optional.empty();
      }
      CollectorStreamQuads quads = new CollectorStreamQuads();
      RDFParser.fromString(e.nquads(), Lang.NQUADS).parse(quads);
      LOG.debug("{}: graph from the result cache {}", raw.source(), entryFile);
      return Optional.of(new ExtractionRun.Document(file, raw, Optional.empty(), e.graph(),
          List.copyOf(quads.getCollected()), e.tally()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: ignoring unreadable result cache file {} ({})", raw.source(), entryFile, e.toString());
      return Optional.empty();
    }
  }

  /** Keeps a freshly extracted document for the next run; a failure to write costs only that. */
  void write(ExtractionRun.Document document) {
    String key = key(document.raw());
    Path entryFile = fileFor(document.file(), key);
    try {
      ByteArrayOutputStream nquads = new ByteArrayOutputStream();
      RDFDataMgr.writeQuads(nquads, document.quads().iterator());
      CacheFiles.write(entryFile, new Entry(key, document.graph(), document.tally(),
          nquads.toString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      LOG.warn("Could not write the result cache {} ({}); continuing without it", entryFile, e.toString());
    }
  }

  private String key(RawDocument raw) {
    return CacheFiles.sha256(settings + raw.source() + '\n' + raw.text());
  }

  private Path fileFor(Path file, String key) {
    String name = file.getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return directory.resolve(name + "-" + key.substring(0, 16) + ".json.gz");
  }

  /** Where a class was loaded from, with the size and time of every file there: changes with every rebuild. */
  private static String build(Class<?> code) {
    try {
      Path location = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
      }
      StringBuilder files = new StringBuilder(location.toString());
      try (Stream<Path> walk = Files.walk(location)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          files.append(' ').append(location.relativize(f)).append(':').append(Files.size(f)).append(':')
              .append(Files.getLastModifiedTime(f).toMillis());
        }
      }
      return files.toString();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown code cannot vouch for old results: a key of its own that no earlier run shares.
      return code.getName() + " " + System.nanoTime();
    }
  }
}
