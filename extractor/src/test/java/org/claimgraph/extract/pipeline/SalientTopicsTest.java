package org.claimgraph.extract.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.OffsetMap;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Stance;
import org.junit.jupiter.api.Test;

class SalientTopicsTest {
  private static final String TITLE = "星海科技发布新芯片";
  private static final String TEXT = TITLE + "\n星海科技说，新芯片通过API提供，云计算和云计算平台的客户可以使用。它还谈到了GPU和生成式AI。"
      + "客户说机器人很有用，机器人会更多。";

  private static AnnotatedDocument document() {
    int[] identity = new int[TEXT.length()];
    Arrays.setAll(identity, i -> i);
    RawDocument raw = new RawDocument("t.txt", TEXT, "0".repeat(64), "UTF-8");
    CleanDocument clean = new CleanDocument("t", raw, TITLE, Optional.empty(), Optional.empty(), TEXT,
        List.of(new Paragraph(Paragraph.Role.BODY, new Span(0, TEXT.length()))),
        new OffsetMap(identity, TEXT.length()), List.of(), List.of());
    return new AnnotatedDocument(clean, List.of(), List.of(), "test");
  }

  /** A topic named at each occurrence of each form. */
  private static Entity topic(String key, String... forms) {
    List<Mention> mentions = new ArrayList<>();
    for (String form : forms) {
      for (int at = TEXT.indexOf(form); at >= 0; at = TEXT.indexOf(form, at + form.length())) {
        mentions.add(new Mention(new Span(at, at + form.length()), form, EntityType.TOPIC, 1, Mention.Source.LEXICON));
      }
    }
    return new Entity(key, EntityType.TOPIC, new TreeMap<>(Map.of("zh", forms[0])), new TreeSet<>(), Optional.empty(),
        mentions);
  }

  private static List<String> kept(List<Entity> entities, List<Relation> relations, List<Claim> claims) {
    return SalientTopics.keep(new Extraction(document(), entities, relations, claims)).entities().stream()
        .map(Entity::key).toList();
  }

  @Test
  void aDomainWordSaidOnceInPassingIsNotATopic() {
    assertThat(kept(List.of(topic("api", "API"), topic("gpu", "GPU")), List.of(), List.of())).isEmpty();
  }

  @Test
  void theTitleRepetitionAClaimOrADebateMakeATopic() {
    Span said = new Span(TEXT.indexOf("新芯片通过"), TEXT.indexOf("。"));
    Claim aboutApi = new Claim(said, said.of(TEXT), 1, new Claim.Claimant(Optional.empty(), "星海科技"),
        ClaimKind.REPORTED_SPEECH, Stance.NEUTRAL, Optional.empty(), Optional.empty(), List.of("api"), "test", 0.9);
    assertThat(kept(List.of(topic("ai-chip", "芯片"), topic("robotics", "机器人"), topic("api", "API"),
        topic("gpu", "GPU"), topic("generative-ai", "生成式AI")), List.of(), List.of(aboutApi)))
        .containsExactlyInAnyOrder("ai-chip", "robotics", "api", "generative-ai");
  }

  @Test
  void theMeansOfAiWorkNamedOftenAreNoTopicWithoutTheTitleOrAClaim() {
    assertThat(kept(List.of(topic("cloud-computing", "云计算"), topic("robotics", "机器人")), List.of(), List.of()))
        .containsExactly("robotics");
    assertThat(kept(List.of(topic("semiconductor", "芯片")), List.of(), List.of())).containsExactly("semiconductor");
  }

  @Test
  void relationsNamingADroppedTopicGoWithIt() {
    Entity company = new Entity("xinghai", EntityType.COMPANY, new TreeMap<>(Map.of("zh", "星海科技")), new TreeSet<>(),
        Optional.empty(), List.of());
    Relation aboutGpu = new Relation("xinghai", RelationType.PART_OF, new Relation.EntityValue("gpu"), Optional.empty(),
        1, new Span(0, 1), "test", 0.5);
    Extraction kept = SalientTopics.keep(new Extraction(document(), List.of(company, topic("gpu", "GPU")),
        List.of(aboutGpu), List.of()));
    assertThat(kept.entities()).extracting(Entity::key).containsExactly("xinghai");
    assertThat(kept.relations()).isEmpty();
  }
}
