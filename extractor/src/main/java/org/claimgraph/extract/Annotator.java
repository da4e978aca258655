package org.claimgraph.extract;

import java.util.Map;
import java.util.Set;

/** Stage 2: linguistic annotation (CoreNLP behind an adapter). One instance per process, reused. */
public interface Annotator {
  AnnotatedDocument annotate(CleanDocument document);

  /** A stable description of the settings, so cached annotations from other settings are not reused. */
  String signature();

  /**
   * The layers this annotator provides, by language ({@code zh}, {@code en}); a stage that needs a layer some
   * language lacks is refused at start-up. Empty when unknown (then nothing is checked).
   */
  default Map<String, Set<AnnotationLayer>> provides() {
    return Map.of();
  }

  /**
   * The signature of the settings that would annotate {@code document}: a router answers for the one annotator the
   * document goes to, so changing one language's settings leaves the other languages' cached annotations valid.
   */
  default String signature(CleanDocument document) {
    return signature();
  }
}
