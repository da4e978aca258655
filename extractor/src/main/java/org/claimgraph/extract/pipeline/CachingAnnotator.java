package org.claimgraph.extract.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.AttributedQuote;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.KbpTriple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps annotations on disk, keyed by (cleaned text, pipeline settings), so an unchanged document is never annotated
 * twice and a warm run never loads the CoreNLP models at all.
 */
public final class CachingAnnotator implements Annotator {
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.annotate");

  /** What a cache file holds; the document itself is not stored, only what CoreNLP added. */
  record Entry(String pipeline, String textSha256, List<AnnotatedSentence> sentences, List<KbpTriple> kbpTriples,
      List<AttributedQuote> quotes) {}

  private final Annotator delegate;
  private final Path directory;

  public CachingAnnotator(Annotator delegate, Path directory) {
    this.delegate = delegate;
    this.directory = directory;
  }

  @Override
  public String signature() {
    return delegate.signature();
  }

  @Override
  public Map<String, Set<AnnotationLayer>> provides() {
    return delegate.provides();
  }

  @Override
  public String signature(CleanDocument document) {
    return delegate.signature(document);
  }

  public Annotator delegate() {
    return delegate;
  }

  @Override
  public AnnotatedDocument annotate(CleanDocument document) {
    String textHash = sha256(document.text());
    // Keyed by the settings of the pipeline this document goes to, not by every language's settings.
    String signature = delegate.signature(document);
    Path file = directory.resolve(document.id() + "-" + sha256(textHash + "\n" + signature).substring(0, 16) + ".json.gz");
    if (Files.isRegularFile(file)) {
      try {
        Entry e = CacheFiles.read(file, Entry.class);
        if (e.textSha256().equals(textHash) && e.pipeline().equals(signature)) {
          LOG.debug("{}: annotations from cache {}", document.raw().source(), file);
          return new AnnotatedDocument(document, e.sentences(), e.kbpTriples(), e.quotes(), e.pipeline());
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("{}: ignoring unreadable annotation cache file {} ({})", document.raw().source(), file, e.toString());
      }
    }
    AnnotatedDocument annotated = delegate.annotate(document);
    write(file, new Entry(signature, textHash, annotated.sentences(), annotated.kbpTriples(), annotated.quotes()));
    return annotated;
  }

  private void write(Path file, Entry entry) {
    try {
      CacheFiles.write(file, entry);
    } catch (IOException e) {
      LOG.warn("Could not write the annotation cache {} ({}); continuing without it", file, e.toString());
    }
  }

  static String sha256(String s) {
    return CacheFiles.sha256(s);
  }

}
