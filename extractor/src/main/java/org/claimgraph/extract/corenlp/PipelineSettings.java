package org.claimgraph.extract.corenlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Languages;

/**
 * What a CoreNLP pipeline runs: a language's defaults (for Chinese, the properties file shipped in the models jar;
 * for English, CoreNLP's built-in defaults), our annotator list and a few overrides. Two settings with equal
 * {@link #signature()} produce the same annotations.
 *
 * @param language   {@code zh} or {@code en}
 * @param annotators the annotator list, in order; CoreNLP checks their requirements at start-up
 * @param overrides  property overrides on top of the language's defaults
 * @param maxSentenceChars the longest sentence CoreNLP is given ({@link SentenceCap}); also the token limit of
 *     the annotators that have one, as a second guard (a sentence has no more tokens than characters)
 */
public record PipelineSettings(String language, List<String> annotators, Map<String, String> overrides,
    int maxSentenceChars) {
  /** The models jar's own defaults for Chinese. */
  public static final String CHINESE_DEFAULTS = "StanfordCoreNLP-chinese.properties";

  public PipelineSettings {
    if (!Languages.CHINESE.equals(language) && !Languages.ENGLISH.equals(language)) {
      throw new IllegalArgumentException("Illegal language=" + language + " : CoreNLP pipelines exist for zh and en");
    }
    if (annotators == null || annotators.isEmpty()) {
      throw new IllegalArgumentException("A pipeline needs at least one annotator");
    }
    annotators = List.copyOf(annotators);
    overrides = new TreeMap<>(Objects.requireNonNull(overrides, "overrides"));
    if (maxSentenceChars < SentenceCap.MIN_MAX_CHARS) {
      throw new IllegalArgumentException("Illegal maxSentenceChars=" + maxSentenceChars + " : must be at least "
          + SentenceCap.MIN_MAX_CHARS);
    }
  }

  public PipelineSettings(String language, List<String> annotators, Map<String, String> overrides) {
    this(language, annotators, overrides, SentenceCap.DEFAULT_MAX_CHARS);
  }

  /**
   * The pipeline claimgraph uses: segmentation, POS, NER (which needs the no-op lemma), UD dependencies, and the
   * rule-based Chinese KBP (kept as the baseline our relation rules are compared with). No coref: it needs the 474 MB
   * English models jar and the constituency parse, and costs 13-18 s per essay (research/corenlp-chinese.md §1).
   */
  public static PipelineSettings chineseDefault() {
    return new PipelineSettings(Languages.CHINESE,
        List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "kbp"),
        Map.of("ner.useSUTime", "false"));
  }

  /**
   * The English pipeline, for English articles: the same stages with CoreNLP's English models (the {@code models}
   * jar), plus the quote annotator with its attribution step, which links each quotation to its speaker and needs
   * coreference (the statistical model, on the dependency parse). No KBP: its English model is statistical and slow
   * to load, and the baseline is scored on Chinese.
   */
  public static PipelineSettings englishDefault() {
    return new PipelineSettings(Languages.ENGLISH,
        List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "quote"),
        Map.of("ner.useSUTime", "false", "ner.applyFineGrained", "false", "coref.algorithm", "statistical",
            "quote.attributeQuotes", "true"));
  }

  /** The annotation layers this pipeline provides. */
  public Set<AnnotationLayer> layers() {
    Set<AnnotationLayer> layers = EnumSet.noneOf(AnnotationLayer.class);
    for (AnnotationLayer layer : AnnotationLayer.values()) {
      if (List.of(layer.coreNlpAnnotators().split(",")).stream().allMatch(this::has)) {
        layers.add(layer);
      }
    }
    return layers;
  }

  public boolean has(String annotator) {
    return annotators.contains(annotator);
  }

  /** The annotators with a sentence-length limit of their own, in tokens (CoreNLP 4.5.10; depparse has none). */
  static final List<String> LENGTH_LIMITED = List.of("pos", "ner", "kbp");

  Properties toProperties(Properties languageDefaults) {
    Properties p = new Properties();
    p.putAll(languageDefaults);
    for (String annotator : LENGTH_LIMITED) {
      if (has(annotator)) {
        p.setProperty(annotator + ".maxlen", Integer.toString(maxSentenceChars));
      }
    }
    p.putAll(overrides);
    p.setProperty("annotators", String.join(",", annotators));
    return p;
  }

  /** A stable description, part of the annotation cache key. */
  public String signature() {
    return "corenlp-4.5.10-" + language + ";" + String.join(",", annotators) + ";" + overrides
        + ";maxSentenceChars=" + maxSentenceChars;
  }
}
