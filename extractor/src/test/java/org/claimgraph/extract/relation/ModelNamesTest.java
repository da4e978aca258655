package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.relation.TestEntities.entity;

import java.util.List;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.junit.jupiter.api.Test;

class ModelNamesTest {
  private static List<String> developers(Entity... entities) {
    return TestEntities.pairs(ModelNames.developers(List.of(entities)));
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
