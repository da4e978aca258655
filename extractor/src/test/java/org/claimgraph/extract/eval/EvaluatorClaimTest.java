package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimgraph.extract.eval.TestDocuments.annotated;
import static org.claimgraph.extract.eval.TestDocuments.claim;
import static org.claimgraph.extract.eval.TestDocuments.entity;
import static org.claimgraph.extract.eval.TestDocuments.extraction;
import static org.claimgraph.extract.eval.TestDocuments.gold;
import static org.claimgraph.extract.eval.TestDocuments.goldClaim;
import static org.claimgraph.extract.eval.TestDocuments.goldEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Stance;
import org.claimgraph.extract.eval.EvaluationReport.ClaimScores;
import org.junit.jupiter.api.Test;

class EvaluatorClaimTest {
  private static final String TEXT =
      "OpenAI声称,选择封闭的原因是道德风险。Ilya Sutskever表示:“开源它根本没有意义。”专有模型的支持者认为,开源很危险。两种模型各有千秋。";
  private static final AnnotatedDocument DOC = annotated(TEXT);

  private static final Gold GOLD = gold(Optional.of("葛凌"),
      List.of(
          goldEntity(EntityType.COMPANY, "OpenAI"),
          goldEntity(EntityType.PERSON, "Ilya Sutskever", "Sutskever"),
          goldEntity(EntityType.PERSON, "葛凌")),
      List.of(
          goldClaim("选择封闭的原因是道德风险", "OpenAI", ClaimKind.REPORTED_SPEECH, Stance.PRO_PROPRIETARY),
          goldClaim("开源它根本没有意义。", "Sutskever", ClaimKind.DIRECT_QUOTE, Stance.PRO_PROPRIETARY),
          goldClaim("开源很危险", "专有模型的支持者", ClaimKind.REPORTED_SPEECH, Stance.PRO_PROPRIETARY, "闭源的支持者"),
          goldClaim("两种模型各有千秋", "葛凌", ClaimKind.AUTHOR_ASSERTION, Stance.BALANCED)),
      List.of("专有模型的支持者", "闭源的支持者"));

  private static final List<Entity> ENTITIES = List.of(
      entity("openai", EntityType.COMPANY, "OpenAI"),
      entity("ilya-sutskever", EntityType.PERSON, "Ilya Sutskever"),
      entity("葛凌", EntityType.PERSON, "葛凌"));

  private static int at(String s) {
    return TEXT.indexOf(s);
  }

  private static Claim over(String text, Optional<String> key, String description, ClaimKind kind, Stance stance) {
    return claim(DOC, at(text), at(text) + text.length(), key, description, kind, stance);
  }

  private static List<Claim> perfect() {
    return new ArrayList<>(List.of(
        over("选择封闭的原因是道德风险", Optional.of("openai"), "OpenAI", ClaimKind.REPORTED_SPEECH, Stance.PRO_PROPRIETARY),
        over("开源它根本没有意义。", Optional.of("ilya-sutskever"), "Ilya Sutskever", ClaimKind.DIRECT_QUOTE, Stance.PRO_PROPRIETARY),
        over("开源很危险", Optional.empty(), "专有模型的支持者", ClaimKind.REPORTED_SPEECH, Stance.PRO_PROPRIETARY),
        over("两种模型各有千秋", Optional.of("葛凌"), "葛凌", ClaimKind.AUTHOR_ASSERTION, Stance.BALANCED)));
  }

  private static ClaimScores score(List<Claim> claims) {
    return Evaluator.evaluate(extraction(DOC, ENTITIES, List.of(), claims), GOLD).claims();
  }

  @Test
  void perfectPredictionScoresOne() {
    ClaimScores s = score(perfect());
    assertThat(s.all().spanRecall()).isEqualTo(1.0);
    assertThat(s.all().claimantAccuracy()).isEqualTo(1.0);
    assertThat(s.all().kindAccuracy()).isEqualTo(1.0);
    assertThat(s.all().stanceAccuracy()).isEqualTo(1.0);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.attributed().gold()).isEqualTo(3);
    assertThat(s.attributed().foundWithClaimant()).isEqualTo(1.0);
    assertThat(s.stanceConfusion().get("PRO_PROPRIETARY").get("PRO_PROPRIETARY")).isEqualTo(3);
  }

  @Test
  void overlapOfHalfTheShorterSpanIsEnough() {
    String gold = "选择封闭的原因是道德风险"; // 12 chars
    List<Claim> claims = perfect();
    // the prediction covers the gold's first 5 chars and 5 chars before it: overlap 5 = half of the shorter (10)
    claims.set(0, claim(DOC, at(gold) - 5, at(gold) + 5, Optional.of("openai"), "OpenAI", ClaimKind.REPORTED_SPEECH,
        Stance.PRO_PROPRIETARY));
    assertThat(score(claims).byKind().get("REPORTED_SPEECH").found()).isEqualTo(2);
  }

  @Test
  void overlapBelowHalfIsNotFound() {
    String gold = "选择封闭的原因是道德风险";
    List<Claim> claims = perfect();
    // overlap 4 of a 10-char prediction
    claims.set(0, claim(DOC, at(gold) - 6, at(gold) + 4, Optional.of("openai"), "OpenAI", ClaimKind.REPORTED_SPEECH,
        Stance.PRO_PROPRIETARY));
    ClaimScores s = score(claims);
    assertThat(s.byKind().get("REPORTED_SPEECH").found()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(3.0 / 4);
    assertThat(s.missed()).singleElement().asString().contains("选择封闭");
  }

  @Test
  void oneLongPredictionFindsOnlyOneGoldClaim() {
    List<Claim> claims = List.of(claim(DOC, at("选择封闭"), at("各有千秋") + 4, Optional.empty(), "OpenAI",
        ClaimKind.REPORTED_SPEECH, Stance.PRO_PROPRIETARY));
    ClaimScores s = score(claims);
    assertThat(s.all().found()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(1.0);
  }

  @Test
  void claimantByEntityByDescriptionAndByAlias() {
    List<Claim> claims = perfect();
    claims.set(0, over("选择封闭的原因是道德风险", Optional.empty(), "openai", ClaimKind.REPORTED_SPEECH, Stance.PRO_PROPRIETARY));
    claims.set(2, over("开源很危险", Optional.empty(), "闭源的支持者", ClaimKind.REPORTED_SPEECH, Stance.PRO_PROPRIETARY));
    assertThat(score(claims).all().claimantRight()).isEqualTo(4);
  }

  @Test
  void wrongClaimantKindAndStanceAreCountedAmongFound() {
    List<Claim> claims = perfect();
    claims.set(1, over("开源它根本没有意义。", Optional.of("openai"), "OpenAI", ClaimKind.REPORTED_SPEECH, Stance.PRO_OPEN));
    ClaimScores s = score(claims);
    assertThat(s.all().found()).isEqualTo(4);
    assertThat(s.all().claimantAccuracy()).isEqualTo(3.0 / 4);
    assertThat(s.attributed().foundWithClaimant()).isEqualTo(2.0 / 3);
    assertThat(s.all().kindAccuracy()).isEqualTo(3.0 / 4);
    assertThat(s.all().stanceAccuracy()).isEqualTo(3.0 / 4);
    assertThat(s.stanceConfusion().get("PRO_PROPRIETARY").get("PRO_OPEN")).isEqualTo(1);
    assertThat(s.wrongClaimant()).singleElement().asString().contains("gold Sutskever");
  }

  @Test
  void aWrongClaimantIsSortedByTheStageToBlame() {
    List<Claim> toAnotherEntity = perfect();
    toAnotherEntity.set(1, over("开源它根本没有意义。", Optional.of("openai"), "OpenAI", ClaimKind.DIRECT_QUOTE,
        Stance.PRO_PROPRIETARY));
    assertThat(score(toAnotherEntity).wrongClaimant()).singleElement().asString()
        .endsWith("[given to another entity of the gold]");

    List<Claim> toTheAuthor = perfect();
    toTheAuthor.set(0, over("选择封闭的原因是道德风险", Optional.empty(), "作者", ClaimKind.REPORTED_SPEECH,
        Stance.PRO_PROPRIETARY));
    assertThat(score(toTheAuthor).wrongClaimant()).singleElement().asString()
        .endsWith("[given to a description or the author]");

    List<Entity> withoutSutskever = List.of(ENTITIES.get(0), ENTITIES.get(2),
        entity("ilya", EntityType.COMPANY, "Ilya"));
    List<Claim> unextracted = perfect();
    unextracted.set(1, over("开源它根本没有意义。", Optional.of("ilya"), "Ilya", ClaimKind.DIRECT_QUOTE,
        Stance.PRO_PROPRIETARY));
    assertThat(Evaluator.evaluate(extraction(DOC, withoutSutskever, List.of(), unextracted), GOLD).claims()
        .wrongClaimant()).singleElement().asString().endsWith("[speaker not extracted]");

    List<Entity> withStranger = new ArrayList<>(ENTITIES);
    withStranger.add(entity("meta", EntityType.COMPANY, "Meta"));
    List<Claim> toStranger = perfect();
    toStranger.set(1, over("开源它根本没有意义。", Optional.of("meta"), "Meta", ClaimKind.DIRECT_QUOTE,
        Stance.PRO_PROPRIETARY));
    assertThat(Evaluator.evaluate(extraction(DOC, withStranger, List.of(), toStranger), GOLD).claims()
        .wrongClaimant()).singleElement().asString().endsWith("[given to an entity not in the gold]");
  }

  @Test
  void spansAreComparedInRawOffsetsSoCleanerInsertionsDoNotShiftThem() {
    String raw = "MetaLLaMa-2很强。LeCun认为世界需要开源LLM。";
    String clean = "Meta LLaMa-2很强。LeCun认为世界需要开源LLM。"; // the cleaner inserted one space at 4
    int[] map = new int[clean.length()];
    for (int i = 0; i < map.length; i++) {
      map[i] = i <= 4 ? i : i - 1;
    }
    AnnotatedDocument doc = annotated(raw, clean, new OffsetMap(map, raw.length()), List.of(), List.of());
    Gold g = gold(Optional.empty(), List.of(goldEntity(EntityType.PERSON, "LeCun")),
        List.of(goldClaim("世界需要开源LLM", "LeCun", ClaimKind.REPORTED_SPEECH, Stance.PRO_OPEN)), List.of());
    int begin = clean.indexOf("世界");
    Claim c = claim(doc, begin, begin + "世界需要开源LLM".length(), Optional.empty(), "LeCun", ClaimKind.REPORTED_SPEECH,
        Stance.PRO_OPEN);
    ClaimScores s = Evaluator.evaluate(extraction(doc, List.of(), List.of(), List.of(c)), g).claims();
    assertThat(s.all().found()).isEqualTo(1);
    assertThat(s.all().claimantRight()).isEqualTo(1);
  }

  @Test
  void goldForAnotherDocumentIsRefused() {
    Gold other = gold(Optional.empty(), List.of(), List.of(goldClaim("这句话不在文中", "某人", ClaimKind.REPORTED_SPEECH,
        Stance.NEUTRAL)), List.of("某人"));
    assertThatThrownBy(() -> Evaluator.evaluate(extraction(DOC, List.of(), List.of(), List.of()), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.claims[0]")
        .hasMessageContaining("another document");
  }
}
