package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class ModelNamesTest {
  private static Entity entity(String key, EntityType type, String... mentions) {
    List<Mention> ms = new java.util.ArrayList<>();
    int at = 0;
    for (String m : mentions) {
      ms.add(new Mention(new Span(at, at + m.length()), m, type, 0, Mention.Source.NER));
      at += m.length() + 1;
    }
    return new Entity(key, type, new TreeMap<>(Map.of("zh", mentions[0])), new TreeSet<>(), Optional.empty(), ms);
  }

  private static List<String> developers(Entity... entities) {
    return ModelNames.developers(List.of(entities)).stream()
        .map(r -> r.subject() + " → " + ((Relation.EntityValue) r.object()).key()).toList();
  }

  @Test
  void aModelNamedAfterItsMaker() {
    assertThat(developers(entity("baidu", EntityType.COMPANY, "百度"), entity("ernie", EntityType.AI_MODEL, "百度文心一言"),
        entity("google", EntityType.COMPANY, "Google"), entity("gemini", EntityType.AI_MODEL, "Google Gemini"),
        entity("acme", EntityType.COMPANY, "Acme"), entity("acme-v2", EntityType.AI_MODEL, "Acme-V2", "Acme V2"),
        entity("acme3", EntityType.AI_MODEL, "Acme3")))
        .containsExactlyInAnyOrder("ernie → baidu", "gemini → google", "acme-v2 → acme", "acme3 → acme");
  }

  @Test
  void aNameThatOnlyStartsWithTheSameLettersIsNotTheMakers() {
    assertThat(developers(entity("meta", EntityType.COMPANY, "Meta"), entity("metagpt", EntityType.AI_MODEL, "MetaGPT"),
        entity("metaverse-model", EntityType.AI_MODEL, "Metaverse-1"),
        entity("deepseek", EntityType.COMPANY, "DeepSeek"), entity("deepseek-model", EntityType.AI_MODEL, "DeepSeek"),
        entity("nvidia", EntityType.COMPANY, "Nvidia"), entity("h100", EntityType.PRODUCT, "Nvidia H100")))
        .isEmpty();
  }
}
