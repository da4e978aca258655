package org.claimgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.KbpTriple;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class BaselineTest {
  private static final String S0 = "腾讯创始人兼首席执行官马化腾在旧金山表示。";
  private static final String S1 = "OpenAI和腾讯都很强,腾讯更强。";
  private static final String S2 = "Hugging Face由Clement Delangue创立于2016年。";
  private static final String TEXT = S0 + S1 + S2;

  private static Span span(String s, int from) {
    int at = TEXT.indexOf(s, from);
    return new Span(at, at + s.length());
  }

  private static NerMention ner(String text, String type, int from) {
    return new NerMention(span(text, from), text, type);
  }

  private static KbpTriple kbp(int sentence, String subject, String relation, String object, int from) {
    return new KbpTriple(sentence, span(subject, from), relation, span(object, from), 1.0);
  }

  private static Extraction baseline() {
    int s1 = S0.length();
    int s2 = s1 + S1.length();
    List<AnnotatedSentence> sentences = List.of(
        new AnnotatedSentence(0, new Span(0, s1), List.of(), List.of(), List.of(
            ner("腾讯", "ORGANIZATION", 0), ner("首席执行官", "TITLE", 0), ner("马化腾", "PERSON", 0), ner("旧金山", "CITY", 0))),
        new AnnotatedSentence(1, new Span(s1, s2), List.of(), List.of(), List.of(
            ner("OpenAI", "MISC", s1), ner("腾讯", "PERSON", s1), ner("腾讯", "ORGANIZATION", s1 + 8))),
        new AnnotatedSentence(2, new Span(s2, TEXT.length()), List.of(), List.of(), List.of(
            ner("Hugging Face", "ORGANIZATION", s2), ner("Clement Delangue", "PERSON", s2), ner("2016年", "DATE", s2))));
    List<KbpTriple> kbp = List.of(
        kbp(0, "马化腾", "per:title", "首席执行官", 0),
        kbp(0, "马化腾", "per:employee_or_member_of", "腾讯", 0),
        kbp(0, "腾讯", "org:top_members_employees", "马化腾", 0),
        kbp(0, "马化腾", "per:city_of_birth", "旧金山", 0),
        kbp(1, "OpenAI", "org:founded_by", "腾讯", s1),
        kbp(2, "Hugging Face", "org:founded_by", "Clement Delangue", s2),
        kbp(2, "Hugging Face", "org:date_founded", "2016年", s2));
    AnnotatedDocument doc = TestDocuments.annotated(TEXT, sentences, kbp);
    return Baseline.extract(doc);
  }

  private static Entity named(Extraction x, String text) {
    return x.entities().stream().filter(e -> e.labels().containsValue(text)).findFirst().orElseThrow();
  }

  @Test
  void entitiesAreTheMappedNerMentionsOnePerText() {
    Extraction x = baseline();
    assertThat(x.entities()).extracting(Entity::displayLabel)
        .containsExactly("腾讯", "马化腾", "旧金山", "Hugging Face", "Clement Delangue");
    assertThat(named(x, "旧金山").type()).isEqualTo(EntityType.PLACE);
    assertThat(named(x, "腾讯").mentions()).hasSize(3);
    assertThat(named(x, "腾讯").mentions()).allSatisfy(m -> assertThat(m.sentence()).isBetween(0, 1));
  }

  @Test
  void anEntityTakesTheTypeItsTextCarriesMostOften() {
    Entity tencent = named(baseline(), "腾讯");
    assertThat(tencent.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(tencent.mentions()).allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
  }

  @Test
  void kbpTriplesMapOntoOurRelationsWithTitlesAsQualifiers() {
    Extraction x = baseline();
    String ma = named(x, "马化腾").key();
    String tencent = named(x, "腾讯").key();
    String hf = named(x, "Hugging Face").key();
    String clement = named(x, "Clement Delangue").key();
    List<String> relations = new ArrayList<>();
    for (Relation r : x.relations()) {
      relations.add(r.subject() + " " + r.predicate() + " " + r.object() + " " + r.qualifier().orElse("-"));
    }
    assertThat(relations).containsExactly(
        ma + " WORKS_FOR " + new Relation.EntityValue(tencent) + " 首席执行官",
        hf + " FOUNDER " + new Relation.EntityValue(clement) + " -",
        hf + " FOUNDING_YEAR " + new Relation.LiteralValue("2016", "http://www.w3.org/2001/XMLSchema#gYear") + " -");
    assertThat(x.relations()).allSatisfy(r -> assertThat(r.rule()).startsWith("corenlp-kbp/"));
  }

  @Test
  void theBaselineMakesNoClaims() {
    assertThat(baseline().claims()).isEmpty();
  }

  @Test
  void theBaselineIsScoredLikeAnyExtraction() {
    Gold gold = TestDocuments.gold(
        List.of(TestDocuments.goldEntity(EntityType.COMPANY, "腾讯"), TestDocuments.goldEntity(EntityType.PERSON, "马化腾"),
            TestDocuments.goldEntity(EntityType.COMPANY, "OpenAI")),
        List.of(TestDocuments.goldRelation("马化腾", RelationType.WORKS_FOR, "腾讯", "创始人兼首席执行官"),
            TestDocuments.goldRelation("腾讯", RelationType.CEO, "马化腾")),
        List.of(), List.of());
    EvaluationReport report = Evaluator.evaluate(baseline(), gold);
    assertThat(report.entities().byType("ORGANIZATION").recall()).isEqualTo(0.5);
    assertThat(report.relations().byPredicate("WORKS_FOR").matched()).isEqualTo(1);
    assertThat(report.relations().byPredicate("CEO").matched()).isZero();
    assertThat(report.relations().qualifiersAgreeing()).isEqualTo(1);
    assertThat(Optional.of(report.claims().all().found())).contains(0);
  }
}
