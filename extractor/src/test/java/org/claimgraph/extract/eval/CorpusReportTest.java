package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimgraph.extract.eval.TestDocuments.annotated;
import static org.claimgraph.extract.eval.TestDocuments.entity;
import static org.claimgraph.extract.eval.TestDocuments.extraction;
import static org.claimgraph.extract.eval.TestDocuments.gold;
import static org.claimgraph.extract.eval.TestDocuments.goldEntity;
import static org.claimgraph.extract.eval.TestDocuments.goldRelation;
import static org.claimgraph.extract.eval.TestDocuments.relation;

import java.util.List;
import java.util.Map;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.eval.CorpusReport.Metric;
import org.junit.jupiter.api.Test;

class CorpusReportTest {
  private static final AnnotatedDocument DOC = annotated("OpenAI由Sam Altman创立。DeepMind在伦敦。");

  /** Both entities found, the one relation found. */
  private static EvaluationReport perfect() {
    Gold gold = gold(List.of(goldEntity(EntityType.COMPANY, "OpenAI"), goldEntity(EntityType.PERSON, "Sam Altman")),
        List.of(goldRelation("OpenAI", RelationType.FOUNDER, "Sam Altman")), List.of(), List.of());
    return Evaluator.evaluate(extraction(DOC, List.of(entity("o", EntityType.COMPANY, "OpenAI"),
        entity("s", EntityType.PERSON, "Sam Altman")), List.of(relation("o", RelationType.FOUNDER, "s")), List.of()), gold);
  }

  /** One of two entities found, and no relation in the gold at all. */
  private static EvaluationReport half() {
    Gold gold = gold(List.of(goldEntity(EntityType.COMPANY, "DeepMind"), goldEntity(EntityType.PLACE, "伦敦")),
        List.of(), List.of(), List.of());
    return Evaluator.evaluate(extraction(DOC, List.of(entity("d", EntityType.COMPANY, "DeepMind")), List.of(),
        List.of()), gold);
  }

  @Test
  void macroAveragesOverTheDocumentsWhereAMetricIsDefined() {
    CorpusReport report = new CorpusReport("two", List.of(perfect(), half()));

    assertThat(report.macro(Metric.ENTITY_RECALL)).isEqualTo(0.75);
    assertThat(report.macro(Metric.ENTITY_PRECISION)).isEqualTo(1.0);
    // the second document has no gold relation: its recall is undefined and does not pull the average down
    assertThat(report.macro(Metric.RELATION_RECALL)).isEqualTo(1.0);
    assertThat(report.macro(Metric.CLAIM_RECALL)).isNaN();
  }

  @Test
  void rendersARowPerDocumentAndTheMacroRow() throws Exception {
    CorpusReport report = new CorpusReport("two", List.of(perfect(), half()));

    assertThat(report.toText()).contains("macro average (2 documents)", "0.750", "–");
    assertThat(report.toMarkdown()).startsWith("| document | entity recall |");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toJson());
    assertThat(json.at("/macro/ENTITY_RECALL").asDouble()).isEqualTo(0.75);
    assertThat(json.at("/macro/CLAIM_RECALL").isNull()).isTrue();
  }

  @Test
  void documentsThatFailedAreNamedWithTheReason_inEveryFormat() throws Exception {
    CorpusReport report = new CorpusReport("three", List.of(perfect(), half()),
        Map.of("corpus/c.txt", "CoreNLP failed on the text at [0,40)"));

    assertThat(report.toText())
        .contains("macro average (2 documents; 1 not scored)")
        .endsWith("not scored: c.txt: CoreNLP failed on the text at [0,40)");
    assertThat(report.toMarkdown()).endsWith("- not scored: c.txt: CoreNLP failed on the text at [0,40)");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toJson());
    assertThat(json.at("/notScored/c.txt").asText()).isEqualTo("CoreNLP failed on the text at [0,40)");
  }

  @Test
  void anEmptyCorpusIsRefused() {
    assertThatThrownBy(() -> new CorpusReport("none", List.of()))
        .hasMessage("Corpus none has no scored document");
  }
}
