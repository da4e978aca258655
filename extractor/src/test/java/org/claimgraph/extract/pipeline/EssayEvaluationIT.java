package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimgraph.extract.eval.Baseline;
import org.claimgraph.extract.eval.EvaluationReport;
import org.claimgraph.extract.eval.Evaluator;
import org.claimgraph.extract.eval.Gold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quality floors on the bundled essay against its gold standard. The floors are what the pipeline reached when they
 * were set (README, docs/evaluation.md); a change that scores lower fails the build. Raise them, never lower them.
 */
class EssayEvaluationIT {
  private static final Path GOLD = Path.of("src", "test", "resources", "gold", "genai-balance-2023.zh.gold.json");
  private static EvaluationReport ours;
  private static EvaluationReport coreNlpAlone;

  @BeforeAll
  static void score() {
    Gold gold = Gold.read(GOLD);
    ours = Evaluator.evaluate(EssayPipeline.essay(), gold);
    coreNlpAlone = Evaluator.evaluate(Baseline.extract(EssayPipeline.essay().annotated()), gold);
  }

  @ParameterizedTest(name = "entity F1 {0} >= {1}")
  @CsvSource({
      "PERSON, 1.00",
      "ORGANIZATION, 0.98",
      "AI_MODEL, 1.00",
      "PRODUCT, 1.00",
      "EVENT, 1.00",
      "PLACE, 1.00",
      "TOPIC, 0.66"})
  void entityF1ByType(String type, double floor) {
    assertThat(ours.entities().byType(type).f1()).isGreaterThanOrEqualTo(floor);
  }

  @Test
  void namedEntitiesOverall() {
    assertThat(ours.entities().named().f1()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void relations() {
    assertThat(ours.relations().overall().f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(ours.relations().overall().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(ours.relations().overall().recall()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void claims() {
    assertThat(ours.claims().attributed().foundWithClaimant()).isGreaterThanOrEqualTo(1.0);
    // 0.05 below the essay-tuned floors: the thesis marker 处于领先地位 and the open-side phrase 所有人都可以访问 were
    // copied from the essay's own sentences and are gone; general markers and stance words replace them.
    assertThat(ours.claims().all().spanRecall()).isGreaterThanOrEqualTo(0.90);
    assertThat(ours.claims().all().stanceAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(ours.claims().all().claimantAccuracy()).isGreaterThanOrEqualTo(1.0);
    assertThat(ours.claims().precision()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void ourRulesBeatCoreNlpAlone() {
    assertThat(ours.entities().named().f1()).isGreaterThan(coreNlpAlone.entities().named().f1() + 0.3);
    assertThat(ours.relations().overall().f1()).isGreaterThan(coreNlpAlone.relations().overall().f1() + 0.5);
  }
}
