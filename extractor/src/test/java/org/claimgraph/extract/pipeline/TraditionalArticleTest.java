package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotationLayer;
import org.claimgraph.extract.Annotator;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.relation.RecordedCase;
import org.junit.jupiter.api.Test;

/**
 * An article in Traditional characters is read as Simplified and extracted as its Simplified twin is, and what comes
 * out is written as the article writes it. The CoreNLP analysis is a recorded one (no models are loaded).
 */
class TraditionalArticleTest {
  private static final RecordedCase CASE = RecordedCase.load("/fixtures/relation/roles.json").stream()
      .filter(c -> c.id().equals("company-title-person+")).findFirst().orElseThrow();
  private static final String SIMPLIFIED = CASE.document().text();
  private static final String TRADITIONAL =
      Transliterator.getInstance("Simplified-Traditional").transliterate(SIMPLIFIED);

  /** Replays the recorded analysis, and only for the text it was recorded on. */
  private static final Annotator REPLAY = new Annotator() {
    @Override
    public AnnotatedDocument annotate(CleanDocument document) {
      assertThat(document.text()).as("the text the annotator is given").isEqualTo(SIMPLIFIED);
      return new AnnotatedDocument(document, CASE.document().sentences(), List.of(), CASE.document().quotes(),
          "recorded");
    }

    @Override
    public String signature() {
      return "recorded";
    }

    @Override
    public Map<String, Set<AnnotationLayer>> provides() {
      return Map.of(Languages.CHINESE, Set.of(AnnotationLayer.values()));
    }
  };

  private static Extraction extract(String text) {
    CleanDocument clean = RecordedCase.clean("script", text, LocalDate.of(2025, 1, 1), CASE.spec());
    return DocumentExtractor.standard(REPLAY).extract(clean, DocumentExtractor.Listener.NONE);
  }

  @Test
  void aTraditionalArticleGivesTheEntitiesRelationsAndClaimsOfItsSimplifiedTwin() {
    assertThat(TRADITIONAL).isNotEqualTo(SIMPLIFIED).contains("創始人");
    Extraction simplified = extract(SIMPLIFIED);
    Extraction traditional = extract(TRADITIONAL);

    assertThat(traditional.entities()).extracting(Entity::key)
        .containsExactlyElementsOf(simplified.entities().stream().map(Entity::key).toList());
    assertThat(traditional.relations()).extracting(Relation::subject, Relation::predicate, Relation::object)
        .containsExactlyElementsOf(simplified.relations().stream()
            .map(r -> org.assertj.core.groups.Tuple.tuple(r.subject(), r.predicate(), r.object())).toList());
    assertThat(traditional.claims()).extracting(Claim::span)
        .containsExactlyElementsOf(simplified.claims().stream().map(Claim::span).toList());
    assertThat(simplified.relations()).isNotEmpty();
    assertThat(simplified.claims()).isNotEmpty();
  }

  @Test
  void whatIsExtractedIsWrittenAsTheArticleWritesIt() {
    Extraction x = extract(TRADITIONAL);
    assertThat(x.document().text()).isEqualTo(TRADITIONAL);
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(m.text()).isEqualTo(m.span().of(TRADITIONAL));
      }
    }
    assertThat(x.entities()).flatExtracting(e -> List.copyOf(e.labels().values())).contains("張海峰");
    assertThat(x.relations()).extracting(r -> r.qualifier().orElse("")).contains("創始人兼CEO");
    assertThat(x.claims()).allSatisfy(c -> assertThat(c.text()).isEqualTo(c.span().of(TRADITIONAL)))
        .anySatisfy(c -> assertThat(c.text()).contains("將免費開放"));
  }
}
