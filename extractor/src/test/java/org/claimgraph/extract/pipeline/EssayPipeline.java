package org.claimgraph.extract.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.clean.TextDecoder;

/**
 * One real pipeline and one extraction of the bundled essay, shared by the integration tests of this JVM: loading the
 * CoreNLP models takes most of a minute. Annotations are cached under {@code claimgraph.annotationCache} (set by the
 * build) so later modules' tests reuse them.
 */
final class EssayPipeline {
  static final Path ESSAY = Path.of("..", "corpus", "genai-balance-2023.zh.raw.txt");
  private static DocumentExtractor extractor;
  private static Extraction essay;

  private EssayPipeline() {}

  static synchronized DocumentExtractor extractor() {
    if (extractor == null) {
      String cache = System.getProperty("claimgraph.annotationCache");
      extractor = DocumentExtractor.standard(cache == null ? null : Path.of(cache));
    }
    return extractor;
  }

  static synchronized Extraction essay() {
    if (essay == null) {
      if (!Files.isRegularFile(ESSAY)) {
        throw new IllegalStateException("The bundled essay is missing at " + ESSAY.toAbsolutePath());
      }
      RawDocument raw = TextDecoder.standard().decode(ESSAY);
      essay = extractor().extract(raw);
    }
    return essay;
  }
}
