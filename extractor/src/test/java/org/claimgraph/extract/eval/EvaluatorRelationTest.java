package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.eval.TestDocuments.annotated;
import static org.claimgraph.extract.eval.TestDocuments.entity;
import static org.claimgraph.extract.eval.TestDocuments.extraction;
import static org.claimgraph.extract.eval.TestDocuments.gold;
import static org.claimgraph.extract.eval.TestDocuments.goldEntity;
import static org.claimgraph.extract.eval.TestDocuments.goldLiteral;
import static org.claimgraph.extract.eval.TestDocuments.goldRelation;
import static org.claimgraph.extract.eval.TestDocuments.literal;
import static org.claimgraph.extract.eval.TestDocuments.relation;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.eval.EvaluationReport.RelationScores;
import org.junit.jupiter.api.Test;

class EvaluatorRelationTest {
  private static final AnnotatedDocument DOC = annotated("Meta首席执行官Mark Zuckerberg。Meta7月发布的LLaMa-2,参数为70亿。");

  private static final Gold GOLD = gold(
      List.of(
          goldEntity(EntityType.COMPANY, "Meta"),
          goldEntity(EntityType.PERSON, "Mark Zuckerberg"),
          goldEntity(EntityType.AI_MODEL, "LLaMa-2")),
      List.of(
          goldRelation("Meta", RelationType.CEO, "Mark Zuckerberg"),
          goldRelation("Mark Zuckerberg", RelationType.WORKS_FOR, "Meta", "首席执行官"),
          goldRelation("LLaMa-2", RelationType.DEVELOPER, "Meta"),
          goldLiteral("LLaMa-2", RelationType.RELEASE_DATE, "2023-07"),
          goldLiteral("LLaMa-2", RelationType.PARAMETER_COUNT, "7000000000"),
          goldLiteral("LLaMa-2", RelationType.OPENNESS, "OpenSource")),
      List.of(), List.of());

  private static final List<Entity> ENTITIES = List.of(
      entity("meta", EntityType.COMPANY, "Meta"),
      entity("mark-zuckerberg", EntityType.PERSON, "Mark Zuckerberg"),
      entity("llama-2", EntityType.AI_MODEL, "Llama 2", "LLaMa-2"));

  private static List<Relation> perfect() {
    return new ArrayList<>(List.of(
        relation("meta", RelationType.CEO, "mark-zuckerberg"),
        relation("mark-zuckerberg", RelationType.WORKS_FOR, "meta", "首席执行官"),
        relation("llama-2", RelationType.DEVELOPER, "meta"),
        literal("llama-2", RelationType.RELEASE_DATE, "2023-07"),
        literal("llama-2", RelationType.PARAMETER_COUNT, "7000000000"),
        new Relation("llama-2", RelationType.OPENNESS, new Relation.NamedValue("OpenSource"), java.util.Optional.empty(), 0,
            new org.claimgraph.extract.Span(0, 1), "test", 1.0)));
  }

  private static RelationScores score(List<Entity> entities, List<Relation> relations) {
    return Evaluator.evaluate(extraction(DOC, entities, relations, List.of()), GOLD).relations();
  }

  @Test
  void perfectPredictionScoresOne() {
    RelationScores s = score(ENTITIES, perfect());
    assertThat(s.overall().f1()).isEqualTo(1.0);
    assertThat(s.byPredicate("CEO").f1()).isEqualTo(1.0);
    assertThat(s.qualifiersGold()).isEqualTo(1);
    assertThat(s.qualifiersAgreeing()).isEqualTo(1);
  }

  @Test
  void numbersAndDatesMatchInAnyNotation() {
    List<Relation> r = perfect();
    r.set(3, literal("llama-2", RelationType.RELEASE_DATE, "2023-7"));
    r.set(4, literal("llama-2", RelationType.PARAMETER_COUNT, "7e9"));
    assertThat(score(ENTITIES, r).overall().f1()).isEqualTo(1.0);
  }

  @Test
  void wrongLiteralOrPredicateIsNotAMatch() {
    List<Relation> r = perfect();
    r.set(4, literal("llama-2", RelationType.PARAMETER_COUNT, "70e9"));
    r.set(0, relation("meta", RelationType.FOUNDER, "mark-zuckerberg"));
    RelationScores s = score(ENTITIES, r);
    assertThat(s.overall().matched()).isEqualTo(4);
    assertThat(s.byPredicate("CEO").recall()).isEqualTo(0.0);
    assertThat(s.byPredicate("FOUNDER").precision()).isEqualTo(0.0);
    assertThat(s.missed()).contains("CEO(Meta, Mark Zuckerberg)");
  }

  @Test
  void missingRelationLowersRecallOnly() {
    List<Relation> r = perfect();
    r.remove(2);
    RelationScores s = score(ENTITIES, r);
    assertThat(s.overall().recall()).isEqualTo(5.0 / 6);
    assertThat(s.overall().precision()).isEqualTo(1.0);
  }

  @Test
  void duplicatesFromTwoSentencesCountOnce() {
    List<Relation> r = perfect();
    r.add(relation("llama-2", RelationType.DEVELOPER, "meta"));
    RelationScores s = score(ENTITIES, r);
    assertThat(s.overall().predicted()).isEqualTo(6);
    assertThat(s.overall().precision()).isEqualTo(1.0);
  }

  @Test
  void qualifierIsReportedNotRequired() {
    List<Relation> r = perfect();
    r.set(1, relation("mark-zuckerberg", RelationType.WORKS_FOR, "meta", "工程师"));
    RelationScores s = score(ENTITIES, r);
    assertThat(s.overall().f1()).isEqualTo(1.0);
    assertThat(s.qualifiersAgreeing()).isZero();
  }

  @Test
  void endpointWithWrongTypeStillCorrespondsByName() {
    List<Entity> entities = List.of(
        entity("meta", EntityType.PERSON, "Meta"), // mistyped, so unmatched as an entity
        ENTITIES.get(1), ENTITIES.get(2));
    RelationScores s = score(entities, perfect());
    assertThat(s.overall().f1()).isEqualTo(1.0);
  }

  @Test
  void endpointMatchedToAnotherGoldEntityDoesNotCorrespond() {
    List<Relation> r = perfect();
    r.set(2, relation("llama-2", RelationType.DEVELOPER, "mark-zuckerberg"));
    RelationScores s = score(ENTITIES, r);
    assertThat(s.byPredicate("DEVELOPER").matched()).isZero();
    assertThat(s.spurious()).singleElement().asString().startsWith("DEVELOPER(Llama 2, Mark Zuckerberg)");
  }

  @Test
  void unknownEntityKeyNeverMatches() {
    List<Relation> r = perfect();
    r.set(0, relation("nobody", RelationType.CEO, "mark-zuckerberg"));
    assertThat(score(ENTITIES, r).byPredicate("CEO").matched()).isZero();
  }
}
