package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.eval.TestDocuments.annotated;
import static org.claimgraph.extract.eval.TestDocuments.entity;
import static org.claimgraph.extract.eval.TestDocuments.extraction;
import static org.claimgraph.extract.eval.TestDocuments.gold;
import static org.claimgraph.extract.eval.TestDocuments.goldEntity;
import static org.claimgraph.extract.eval.TestDocuments.mentionedEntity;

import java.util.List;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.eval.EvaluationReport.EntityScores;
import org.junit.jupiter.api.Test;

class EvaluatorEntityTest {
  private static final AnnotatedDocument DOC = annotated("OpenAI的首席科学家Ilya Sutskever表示。腾讯推出混元。");

  private static final Gold GOLD = gold(List.of(
      goldEntity(EntityType.COMPANY, "OpenAI"),
      goldEntity(EntityType.PERSON, "Ilya Sutskever", "Sutskever"),
      goldEntity(EntityType.COMPANY, "腾讯"),
      goldEntity(EntityType.AI_MODEL, "混元"),
      goldEntity(EntityType.TOPIC, "生成式AI")), List.of(), List.of(), List.of());

  private static EntityScores score(Entity... predicted) {
    return Evaluator.evaluate(extraction(DOC, List.of(predicted), List.of(), List.of()), GOLD).entities();
  }

  private static Entity[] perfect() {
    return new Entity[] {
        entity("openai", EntityType.COMPANY, "OpenAI"),
        entity("ilya-sutskever", EntityType.PERSON, "Ilya Sutskever"),
        entity("腾讯", EntityType.COMPANY, "腾讯"),
        entity("混元", EntityType.AI_MODEL, "混元"),
        entity("生成式ai", EntityType.TOPIC, "生成式AI")};
  }

  @Test
  void perfectPredictionScoresOne() {
    EntityScores s = score(perfect());
    assertThat(s.named().f1()).isEqualTo(1.0);
    assertThat(s.all().f1()).isEqualTo(1.0);
    assertThat(s.byType("PERSON").f1()).isEqualTo(1.0);
    assertThat(s.byType("ORGANIZATION").f1()).isEqualTo(1.0);
    assertThat(s.missed()).isEmpty();
    assertThat(s.spurious()).isEmpty();
  }

  @Test
  void missingEntityLowersRecallOnly() {
    Entity[] p = perfect();
    EntityScores s = score(p[0], p[2], p[3], p[4]); // no Sutskever
    assertThat(s.byType("PERSON").recall()).isEqualTo(0.0);
    assertThat(s.named().recall()).isEqualTo(3.0 / 4);
    assertThat(s.named().precision()).isEqualTo(1.0);
    assertThat(s.missed()).containsExactly("PERSON Ilya Sutskever");
  }

  @Test
  void wrongTypeIsNotAMatch() {
    Entity[] p = perfect();
    p[1] = entity("ilya-sutskever", EntityType.ORGANIZATION, "Ilya Sutskever");
    EntityScores s = score(p);
    assertThat(s.byType("ORGANIZATION").precision()).isEqualTo(2.0 / 3);
    assertThat(s.byType("PERSON").recall()).isEqualTo(0.0);
    assertThat(s.named().precision()).isLessThan(1.0);
    assertThat(s.wrongType()).singleElement().asString().contains("gold PERSON", "predicted ORGANIZATION");
  }

  @Test
  void aliasesAndMentionTextsMatchAfterNormalisation() {
    EntityScores s = score(
        entity("x1", EntityType.COMPANY, "Open AI"),
        entity("x2", EntityType.PERSON, "Dr. Sutskever", "SUTSKEVER"),
        mentionedEntity("x3", EntityType.COMPANY, "腾讯"));
    assertThat(s.named().matched()).isEqualTo(3);
  }

  @Test
  void matchingIsOneToOne() {
    Entity[] p = perfect();
    EntityScores s = score(p[0], p[1], entity("sutskever", EntityType.PERSON, "Sutskever"), p[2], p[3], p[4]);
    assertThat(s.byType("PERSON").matched()).isEqualTo(1);
    assertThat(s.byType("PERSON").predicted()).isEqualTo(2);
    assertThat(s.byType("PERSON").precision()).isEqualTo(0.5);
    assertThat(s.spurious()).hasSize(1);
  }

  @Test
  void organizationSubtypesFoldButExactAgreementIsReported() {
    Entity[] p = perfect();
    p[0] = entity("openai", EntityType.ORGANIZATION, "OpenAI");
    p[2] = entity("腾讯", EntityType.RESEARCH_ORGANIZATION, "腾讯");
    EntityScores s = score(p);
    assertThat(s.byType("ORGANIZATION").f1()).isEqualTo(1.0);
    assertThat(s.byType()).doesNotContainKeys("COMPANY", "RESEARCH_ORGANIZATION");
    assertThat(s.organizationsMatched()).isEqualTo(2);
    assertThat(s.organizationsExactSubtype()).isZero();
  }

  @Test
  void topicsHaveTheirOwnRowOutsideTheNamedTotal() {
    Entity[] p = perfect();
    EntityScores s = score(p[0], p[1], p[2], p[3]);
    assertThat(s.byType("TOPIC").recall()).isEqualTo(0.0);
    assertThat(s.named().f1()).isEqualTo(1.0);
    assertThat(s.all().f1()).isLessThan(1.0);
  }

  @Test
  void emptyPredictionHasUndefinedPrecisionAndZeroF1() {
    EntityScores s = score();
    assertThat(s.named().precision()).isNaN();
    assertThat(s.named().f1()).isZero();
  }
}
