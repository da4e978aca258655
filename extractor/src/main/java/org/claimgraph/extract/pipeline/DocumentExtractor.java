package org.claimgraph.extract.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimExtractor;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Cleaner;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityResolver;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.MentionFinder;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationExtractor;
import org.claimgraph.extract.claim.CueClaimExtractor;
import org.claimgraph.extract.clean.ArticleCleaner;
import org.claimgraph.extract.clean.GlueRepair;
import org.claimgraph.extract.corenlp.CoreNlpAnnotator;
import org.claimgraph.extract.corenlp.PipelineSettings;
import org.claimgraph.extract.entity.LayeredMentionFinder;
import org.claimgraph.extract.entity.NamePatterns;
import org.claimgraph.extract.entity.NameResolver;
import org.claimgraph.extract.entity.TypeCorrections;
import org.claimgraph.extract.lexicon.Lexicon;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.claimgraph.extract.relation.RuleRelationExtractor;

/**
 * Runs the extraction stages over one document at a time: clean, annotate, find mentions, resolve entities, extract
 * relations and claims. Build one per process and reuse it: the annotator holds the CoreNLP pipeline. Several threads
 * may extract documents at once: the stages keep no per-document state, and CoreNLP's pipeline is shared (see
 * docs/performance.md, "Extraction and ingest").
 */
public final class DocumentExtractor {
  /** Called as a document passes through the stages, for progress reports. */
  public interface Listener {
    void stage(String source, String stage);

    Listener NONE = (source, stage) -> {};
  }

  private final Cleaner cleaner;
  private final Annotator annotator;
  private final MentionFinder mentionFinder;
  private final EntityResolver resolver;
  private final RelationExtractor relations;
  private final ClaimExtractor claims;

  public DocumentExtractor(Cleaner cleaner, Annotator annotator, MentionFinder mentionFinder, EntityResolver resolver,
      RelationExtractor relations, ClaimExtractor claims) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.mentionFinder = Objects.requireNonNull(mentionFinder, "mentionFinder");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.relations = Objects.requireNonNull(relations, "relations");
    this.claims = Objects.requireNonNull(claims, "claims");
    checkRequirements();
  }

  /**
   * Refuses a pipeline whose annotator lacks a layer some stage reads, for any language it handles: without
   * dependency parses, for one, the Semgrex rules would silently find nothing.
   */
  private void checkRequirements() {
    Map<String, Set<AnnotationLayer>> provided = annotator.provides();
    Map<String, Set<AnnotationLayer>> required = new LinkedHashMap<>();
    required.put("mention finder (" + mentionFinder.getClass().getSimpleName() + ")", mentionFinder.requires());
    required.put("entity resolver (" + resolver.getClass().getSimpleName() + ")", resolver.requires());
    required.put("relation extractor (" + relations.getClass().getSimpleName() + ")", relations.requires());
    required.put("claim extractor (" + claims.getClass().getSimpleName() + ")", claims.requires());
    List<String> problems = new ArrayList<>();
    provided.forEach((language, layers) -> required.forEach((stage, needs) -> {
      Set<AnnotationLayer> missing = EnumSet.noneOf(AnnotationLayer.class);
      missing.addAll(needs);
      missing.removeAll(layers);
      for (AnnotationLayer layer : missing) {
        problems.add("the " + stage + " needs " + layer + " but the " + language + " pipeline provides only "
            + layers + ": add CoreNLP's " + layer.coreNlpAnnotators() + " to the " + language
            + " pipeline's annotators (PipelineSettings)");
      }
    }));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The extraction pipeline is incomplete: " + String.join("; ", problems));
    }
  }

  /**
   * The standard stages: bundled lexicons plus {@code userLexicons}, CoreNLP's Chinese or English pipeline by the
   * article's language, and an annotation cache in {@code cacheDirectory} (null for none).
   */
  public static DocumentExtractor standard(Path cacheDirectory, Path... userLexicons) {
    Annotator annotator = new LanguageRouter(Map.of(
        Languages.CHINESE, new CoreNlpAnnotator(PipelineSettings.chineseDefault()),
        Languages.ENGLISH, new CoreNlpAnnotator(PipelineSettings.englishDefault())));
    if (cacheDirectory != null) {
      annotator = new CachingAnnotator(annotator, cacheDirectory);
    }
    return standard(annotator, userLexicons);
  }

  /** The standard stages around another annotator (a test's, or a pipeline configured differently). */
  public static DocumentExtractor standard(Annotator annotator, Path... userLexicons) {
    Lexicon lexicon = Lexicon.load(userLexicons);
    return new DocumentExtractor(
        new ArticleCleaner(new GlueRepair(lexicon.latinNames())),
        annotator,
        new LayeredMentionFinder(new LexiconMatcher(lexicon), new NamePatterns(), TypeCorrections.load()),
        new NameResolver(lexicon),
        RuleRelationExtractor.standard(),
        CueClaimExtractor.standard());
  }

  public Annotator annotator() {
    return annotator;
  }

  public CleanDocument clean(RawDocument raw) {
    return cleaner.clean(raw);
  }

  public Extraction extract(RawDocument raw) {
    return extract(raw, Listener.NONE);
  }

  public Extraction extract(RawDocument raw, Listener listener) {
    listener.stage(raw.source(), "clean");
    CleanDocument clean = cleaner.clean(raw);
    return extract(clean, listener);
  }

  public Extraction extract(CleanDocument clean, Listener listener) {
    CleanDocument read = reading(clean);
    Extraction found = extractRead(read, listener);
    return read == clean ? found : OriginalScript.restore(found, clean);
  }

  /**
   * The document as the stages read it ({@link ChineseReading}: Simplified characters, ASCII letters and digits, the
   * same offsets), or the document itself when that changes nothing.
   */
  private static CleanDocument reading(CleanDocument clean) {
    String text = ChineseReading.of(clean.text());
    String title = ChineseReading.of(clean.title());
    if (text == clean.text() && title == clean.title()) {
      return clean;
    }
    Optional<Byline> byline = clean.byline().map(b -> new Byline(ChineseReading.of(b.author()), b.authorSpan(),
        b.role().map(ChineseReading::of), b.outletSpan(), b.coAuthorSpans()));
    return new CleanDocument(clean.id(), clean.raw(), title, clean.date(), byline, text, clean.paragraphs(),
        clean.offsets(), clean.dropped(), clean.repairs());
  }

  private Extraction extractRead(CleanDocument clean, Listener listener) {
    String source = clean.raw().source();
    listener.stage(source, "annotate");
    AnnotatedDocument annotated = AbbreviationJoins.join(annotator.annotate(clean));
    listener.stage(source, "entities");
    List<Mention> mentions = mentionFinder.find(annotated);
    List<Entity> entities = resolver.resolve(annotated, mentions);
    listener.stage(source, "relations");
    List<Relation> found = relations.extract(annotated, entities);
    listener.stage(source, "claims");
    List<Claim> said = claims.extract(annotated, entities, found);
    return SalientTopics.keep(new Extraction(annotated, entities, found, said));
  }
}
