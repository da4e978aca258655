package org.claimgraph.extract.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.Languages;

/**
 * Sends each document to the annotator for its language ({@link Languages#detect}). Annotators load their models on
 * first use, so a Chinese-only run never loads the English models, and the other way round.
 */
public final class LanguageRouter implements Annotator {
  private final Map<String, Annotator> byLanguage;

  public LanguageRouter(Map<String, Annotator> byLanguage) {
    if (byLanguage.isEmpty()) {
      throw new IllegalArgumentException("A language router needs at least one annotator");
    }
    this.byLanguage = new TreeMap<>(byLanguage);
  }

  @Override
  public AnnotatedDocument annotate(CleanDocument document) {
    return annotatorFor(document).annotate(document);
  }

  @Override
  public String signature(CleanDocument document) {
    return annotatorFor(document).signature(document);
  }

  private Annotator annotatorFor(CleanDocument document) {
    String language = Languages.detect(document.text());
    Annotator annotator = byLanguage.get(language);
    if (annotator == null) {
      throw new ExtractionException(document.raw().source(), "no pipeline for language '" + language
          + "' (this build reads " + String.join(", ", byLanguage.keySet()) + ")");
    }
    return annotator;
  }

  @Override
  public String signature() {
    return byLanguage.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().signature())
        .collect(Collectors.joining("|"));
  }

  @Override
  public Map<String, Set<AnnotationLayer>> provides() {
    Map<String, Set<AnnotationLayer>> layers = new TreeMap<>();
    byLanguage.forEach((language, annotator) -> {
      Set<AnnotationLayer> provided = annotator.provides().get(language);
      if (provided != null) {
        layers.put(language, provided);
      }
    });
    return layers;
  }

  public List<Annotator> annotators() {
    return List.copyOf(byLanguage.values());
  }
}
