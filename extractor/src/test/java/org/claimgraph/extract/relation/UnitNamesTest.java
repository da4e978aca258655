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

class UnitNamesTest {
  private static Entity entity(String key, EntityType type, String... mentions) {
    List<Mention> ms = new java.util.ArrayList<>();
    int at = 0;
    for (String m : mentions) {
      ms.add(new Mention(new Span(at, at + m.length()), m, type, 0, Mention.Source.NER));
      at += m.length() + 1;
    }
    return new Entity(key, type, new TreeMap<>(Map.of("zh", mentions[0])), new TreeSet<>(), Optional.empty(), ms);
  }

  private static List<String> partOf(Entity... entities) {
    return UnitNames.partOf(List.of(entities)).stream()
        .map(r -> r.subject() + " → " + ((Relation.EntityValue) r.object()).key()).toList();
  }

  @Test
  void aUnitNamedAfterItsParent() {
    assertThat(partOf(entity("huawei", EntityType.COMPANY, "华为"), entity("noah", EntityType.RESEARCH_ORGANIZATION, "华为诺亚方舟实验室"),
        entity("japan", EntityType.PLACE, "日本"), entity("diet", EntityType.ORGANIZATION, "参议院"),
        entity("committee", EntityType.ORGANIZATION, "日本参议院预算委员会")))
        .containsExactlyInAnyOrder("noah → huawei", "committee → diet");
  }

  @Test
  void theSameCompanyWithACompanyWordIsNoUnit() {
    assertThat(partOf(entity("tencent", EntityType.COMPANY, "腾讯"), entity("tencent-co", EntityType.COMPANY, "腾讯公司"),
        entity("beijing", EntityType.PLACE, "北京"), entity("pku", EntityType.RESEARCH_ORGANIZATION, "北京大学")))
        .isEmpty();
  }
}
