package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.relation.TestEntities.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class UnitNamesTest {
  private static List<String> partOf(Entity... entities) {
    return TestEntities.pairs(UnitNames.partOf(List.of(entities)));
  }

  @Test
  void aUnitNamedAfterItsParent() {
    assertThat(partOf(entity("huawei", EntityType.COMPANY, "华为"), entity("noah", EntityType.RESEARCH_ORGANIZATION, "华为诺亚方舟实验室"),
        entity("japan", EntityType.PLACE, "日本"), entity("diet", EntityType.ORGANIZATION, "参议院"),
        entity("committee", EntityType.ORGANIZATION, "日本参议院预算委员会")))
        .containsExactlyInAnyOrder("noah → huawei", "committee → diet");
  }

  @Test
  void aCampusOrABusinessUnitNamedAfterItsParent() {
    assertThat(partOf(entity("texas", EntityType.RESEARCH_ORGANIZATION, "得克萨斯大学"),
        entity("austin", EntityType.RESEARCH_ORGANIZATION, "得克萨斯大学奥斯汀分校")))
        .containsExactlyInAnyOrder("austin → texas");
    assertThat(partOf(entity("xinghe", EntityType.COMPANY, "星河"),
        entity("xinghe-brain", EntityType.RESEARCH_ORGANIZATION, "星河大脑"),
        entity("xinghe-cloud", EntityType.ORGANIZATION, "星河智能云")))
        .containsExactlyInAnyOrder("xinghe-brain → xinghe", "xinghe-cloud → xinghe");
  }

  @Test
  void anInstitutesShortNameNamedAfterItsParent() {
    assertThat(partOf(entity("academy", EntityType.RESEARCH_ORGANIZATION, "星河科学院"),
        entity("computing", EntityType.RESEARCH_ORGANIZATION, "星河科学院计算所")))
        .containsExactlyInAnyOrder("computing → academy");
  }

  @Test
  void theSameCompanyWithACompanyWordIsNoUnit() {
    assertThat(partOf(entity("tencent", EntityType.COMPANY, "腾讯"), entity("tencent-co", EntityType.COMPANY, "腾讯公司"),
        entity("beijing", EntityType.PLACE, "北京"), entity("pku", EntityType.RESEARCH_ORGANIZATION, "北京大学")))
        .isEmpty();
  }

  @Test
  void anEnglishUnitNamedAfterItsParent() {
    assertThat(partOf(entity("senate", EntityType.ORGANIZATION, "Senate"),
        entity("committee", EntityType.ORGANIZATION, "Senate Robotics Committee"),
        entity("ministry", EntityType.ORGANIZATION, "Example Ministry"),
        entity("office", EntityType.ORGANIZATION, "Example Ministry Office of Automation Policy"),
        entity("acme", EntityType.COMPANY, "Acme"),
        entity("acme-robotics", EntityType.COMPANY, "Acme Robotics")))
        .containsExactlyInAnyOrder("committee → senate", "office → ministry");
  }

  @Test
  void anEnglishBrandUnitOpenedByItsParentsName() {
    assertThat(partOf(entity("acme", EntityType.COMPANY, "Acme"),
        entity("acme-vision", EntityType.RESEARCH_ORGANIZATION, "Acme Vision"),
        entity("initech", EntityType.COMPANY, "Initech"),
        entity("initech-ai", EntityType.ORGANIZATION, "Initech AI")))
        .containsExactlyInAnyOrder("acme-vision → acme", "initech-ai → initech");
  }

  @Test
  void aCompanysVentureArmOrFundNamedAfterIt() {
    assertThat(partOf(entity("acme", EntityType.COMPANY, "Acme"),
        entity("acme-capital", EntityType.COMPANY, "Acme Capital"),
        entity("acme-fund", EntityType.COMPANY, "Acme Climate Startup Fund"),
        entity("senate", EntityType.ORGANIZATION, "Senate"),
        entity("senate-fund", EntityType.COMPANY, "Senate Fund")))
        .containsExactlyInAnyOrder("acme-capital → acme", "acme-fund → acme");
  }

  @Test
  void anEnglishCompanyFormOrRegionNamedAfterAnotherIsNoBrandUnit() {
    assertThat(partOf(entity("acme", EntityType.COMPANY, "Acme"),
        entity("acme-platforms", EntityType.ORGANIZATION, "Acme Platforms"),
        entity("acme-china", EntityType.ORGANIZATION, "Acme China"),
        entity("acme-quantum", EntityType.COMPANY, "Acme Quantum"),
        entity("acme-unit", EntityType.ORGANIZATION, "Acme cloud unit")))
        .isEmpty();
  }

  @Test
  void aUnitTheTextNamesWithoutItsParentIsNotReadFromItsFullName() {
    Entity unit = new Entity("acme-vision", EntityType.RESEARCH_ORGANIZATION,
        new TreeMap<>(Map.of("en", "Acme Vision")), new TreeSet<>(), Optional.empty(),
        List.of(new Mention(new Span(0, 6), "Vision", EntityType.RESEARCH_ORGANIZATION, 0, Mention.Source.LEXICON)));
    assertThat(partOf(entity("acme", EntityType.COMPANY, "Acme"), unit)).isEmpty();
  }
}
