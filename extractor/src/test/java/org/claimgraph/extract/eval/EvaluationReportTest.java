package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.eval.TestDocuments.annotated;
import static org.claimgraph.extract.eval.TestDocuments.claim;
import static org.claimgraph.extract.eval.TestDocuments.entity;
import static org.claimgraph.extract.eval.TestDocuments.extraction;
import static org.claimgraph.extract.eval.TestDocuments.goldClaim;
import static org.claimgraph.extract.eval.TestDocuments.goldEntity;
import static org.claimgraph.extract.eval.TestDocuments.goldRelation;
import static org.claimgraph.extract.eval.TestDocuments.relation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Stance;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
  private static final String TEXT = "OpenAI由Sam Altman创立。Sam Altman表示:“开源没有意义。”";
  private static final AnnotatedDocument DOC = annotated(TEXT);
  private static final Gold GOLD = new Gold(Optional.empty(), "t", Optional.empty(), Optional.empty(), Optional.empty(),
      List.of(),
      List.of(goldEntity(EntityType.COMPANY, "OpenAI"), goldEntity(EntityType.PERSON, "Sam Altman"),
          goldEntity(EntityType.TOPIC, "开源")),
      List.of(goldRelation("OpenAI", RelationType.FOUNDER, "Sam Altman"), goldRelation("OpenAI", RelationType.CEO, "Sam Altman")),
      List.of(goldClaim("开源没有意义。", "Sam Altman", ClaimKind.DIRECT_QUOTE, Stance.PRO_PROPRIETARY)));

  /** Half right: OpenAI found, Sam Altman typed wrong, one of two relations, the quote found with a wrong stance. */
  private static EvaluationReport report() {
    int q = TEXT.indexOf("开源没有意义。");
    return Evaluator.evaluate(extraction(DOC,
        List.of(entity("openai", EntityType.COMPANY, "OpenAI"), entity("sam", EntityType.ORGANIZATION, "Sam Altman")),
        List.of(relation("openai", RelationType.FOUNDER, "sam")),
        List.of(claim(DOC, q, q + 7, Optional.of("sam"), "Sam Altman", ClaimKind.DIRECT_QUOTE, Stance.NEUTRAL))), GOLD);
  }

  @Test
  void textShowsEveryTableWithItsFigures() {
    String text = report().toText();
    assertThat(text).contains("Evaluation of test.txt");
    assertThat(text).containsPattern("ORGANIZATION\\s+1\\s+2\\s+1\\s+0\\.500\\s+1\\.000\\s+0\\.667");
    assertThat(text).containsPattern("PERSON\\s+1\\s+0\\s+0\\s+–\\s+0\\.000\\s+0\\.000");
    assertThat(text).containsPattern("FOUNDER\\s+1\\s+1\\s+1\\s+1\\.000");
    assertThat(text).containsPattern("CEO\\s+1\\s+0\\s+0");
    assertThat(text).containsPattern("DIRECT_QUOTE\\s+1\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+0\\.000");
    assertThat(text).contains("Precision of predicted claims: 1 of 1");
    assertThat(text).containsPattern("PRO_PROPRIETARY\\s+0\\s+0\\s+0\\s+1");
  }

  @Test
  void markdownRendersTheSameTablesAsMarkdown() {
    String md = report().toMarkdown();
    assertThat(md).contains("**Entities**", "**Relations**", "**Claims**");
    assertThat(md).contains("| ORGANIZATION | 1 | 2 | 1 | 0.500 | 1.000 | 0.667 |");
    assertThat(md).contains("| entity type | gold | predicted | matched | precision | recall | F1 |\n|---|---:|");
  }

  @Test
  void detailsListTheErrors() {
    String details = report().toDetailsText();
    assertThat(details).contains("Entities missed (2)\n  PERSON Sam Altman\n  TOPIC 开源");
    assertThat(details).contains("Sam Altman: gold PERSON, predicted ORGANIZATION (sam)");
    assertThat(details).contains("Relations missed (1)\n  CEO(OpenAI, Sam Altman)");
    assertThat(details).contains("gold PRO_PROPRIETARY, predicted NEUTRAL");
  }

  @Test
  void jsonCarriesTheCountsAndRatiosWithNullForUndefined() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report().toJson());
    assertThat(json.at("/entities/byType/ORGANIZATION/f1").asDouble()).isEqualTo(2.0 / 3);
    assertThat(json.at("/entities/byType/PERSON/precision").isNull()).isTrue();
    assertThat(json.at("/relations/all/recall").asDouble()).isEqualTo(0.5);
    assertThat(json.at("/claims/all/stanceAccuracy").asDouble()).isZero();
    assertThat(json.at("/claims/stanceConfusion/PRO_PROPRIETARY/NEUTRAL").asInt()).isEqualTo(1);
    assertThat(json.at("/relations/missed/0").asText()).isEqualTo("CEO(OpenAI, Sam Altman)");
  }

  @Test
  void comparisonPutsSystemsSideBySide() {
    EvaluationReport ours = report();
    EvaluationReport perfect = Evaluator.evaluate(extraction(DOC,
        List.of(entity("openai", EntityType.COMPANY, "OpenAI"), entity("sam", EntityType.PERSON, "Sam Altman"),
            entity("os", EntityType.TOPIC, "开源")),
        List.of(relation("openai", RelationType.FOUNDER, "sam"), relation("openai", RelationType.CEO, "sam")),
        List.of()), GOLD);
    Map<String, EvaluationReport> systems = new LinkedHashMap<>();
    systems.put("CoreNLP alone", ours);
    systems.put("claimgraph", perfect);
    Comparison c = Comparison.of(systems);
    assertThat(c.toText()).containsPattern("relation F1\\s+0\\.667\\s+1\\.000");
    assertThat(c.toText()).containsPattern("entity F1 PERSON\\s+0\\.000\\s+1\\.000");
    assertThat(c.toMarkdown()).startsWith("| metric | CoreNLP alone | claimgraph |");
    assertThat(c.toMarkdown()).contains("| claims found (all) | 1.000 | 0.000 |");
  }
}
