package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.claim.CueClaimExtractor;
import org.claimgraph.extract.clean.ArticleCleaner;
import org.claimgraph.extract.corenlp.CoreNlpAnnotator;
import org.claimgraph.extract.corenlp.PipelineSettings;
import org.claimgraph.extract.entity.LayeredMentionFinder;
import org.claimgraph.extract.entity.NamePatterns;
import org.claimgraph.extract.entity.NameResolver;
import org.claimgraph.extract.entity.TypeCorrections;
import org.claimgraph.extract.lexicon.Lexicon;
import org.claimgraph.extract.lexicon.LexiconMatcher;
import org.claimgraph.extract.relation.RuleRelationExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up checks that the annotator provides what every stage reads. No models are loaded (pipelines are lazy). */
class PipelineRequirementsTest {
  private static final Lexicon LEXICON = Lexicon.load();

  @TempDir
  Path cache;

  private static DocumentExtractor extractorWith(Annotator annotator) {
    return new DocumentExtractor(new ArticleCleaner(LEXICON.latinNames()), annotator,
        new LayeredMentionFinder(new LexiconMatcher(LEXICON), new NamePatterns(), TypeCorrections.load()),
        new NameResolver(LEXICON), RuleRelationExtractor.standard(), CueClaimExtractor.standard());
  }

  @Test
  void aPipelineWithoutDependencyParsesIsRefusedWithTheFix() {
    PipelineSettings noParse = new PipelineSettings(Languages.CHINESE,
        List.of("tokenize", "ssplit", "pos", "lemma", "ner"), Map.of("ner.useSUTime", "false"));
    Annotator annotator = new LanguageRouter(Map.of(Languages.CHINESE, new CoreNlpAnnotator(noParse),
        Languages.ENGLISH, new CoreNlpAnnotator(PipelineSettings.englishDefault())));

    assertThatThrownBy(() -> extractorWith(new CachingAnnotator(annotator, cache)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("relation extractor (RuleRelationExtractor) needs DEPENDENCIES")
        .hasMessageContaining("claim extractor (CueClaimExtractor) needs DEPENDENCIES")
        .hasMessageContaining("the zh pipeline provides only [TOKENS, POS, NER]")
        .hasMessageContaining("add CoreNLP's depparse to the zh pipeline's annotators")
        .hasMessageNotContaining("the en pipeline");
  }

  @Test
  void aPipelineWithoutNerIsRefusedForTheMentionFinder() {
    PipelineSettings noNer = new PipelineSettings(Languages.ENGLISH,
        List.of("tokenize", "ssplit", "pos", "lemma", "depparse"), Map.of());
    assertThatThrownBy(() -> extractorWith(new CoreNlpAnnotator(noNer)))
        .hasMessageContaining("mention finder (LayeredMentionFinder) needs NER")
        .hasMessageContaining("add CoreNLP's ner to the en pipeline's annotators");
  }

  @Test
  void theStandardPipelinesProvideEverythingTheStagesRead() {
    DocumentExtractor standard = DocumentExtractor.standard(cache);
    assertThat(standard.annotator().provides()).containsOnlyKeys(Languages.CHINESE, Languages.ENGLISH);
    assertThat(standard.annotator().provides().get(Languages.CHINESE)).containsExactlyInAnyOrder(
        AnnotationLayer.TOKENS, AnnotationLayer.POS, AnnotationLayer.NER, AnnotationLayer.DEPENDENCIES,
        AnnotationLayer.KBP);
    assertThat(RuleRelationExtractor.standard().requires()).contains(AnnotationLayer.DEPENDENCIES);
    assertThat(PipelineSettings.englishDefault().layers()).doesNotContain(AnnotationLayer.KBP)
        .containsAll(Set.of(AnnotationLayer.TOKENS, AnnotationLayer.DEPENDENCIES));
  }
}
