package org.claimgraph.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.relation.TestEntities.entity;

import java.util.List;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.junit.jupiter.api.Test;

class EventNamesTest {
  private static List<String> organizers(Entity... entities) {
    return TestEntities.pairs(EventNames.organizers(List.of(entities)));
  }

  private static List<String> locations(Entity... entities) {
    return TestEntities.pairs(EventNames.locations(List.of(entities)));
  }

  @Test
  void anEventNamedAfterItsHost() {
    assertThat(organizers(entity("veltrix", EntityType.COMPANY, "Veltrix"),
        entity("summit", EntityType.EVENT, "Veltrix Developer Summit"),
        entity("academy", EntityType.RESEARCH_ORGANIZATION, "星河研究院"),
        entity("lecture", EntityType.EVENT, "星河研究院新年讲座"),
        entity("nvidia", EntityType.COMPANY, "英伟达"),
        entity("gtc", EntityType.EVENT, "英伟达GTC大会")))
        .containsExactlyInAnyOrder("summit → veltrix", "lecture → academy", "gtc → nvidia");
  }

  @Test
  void aPlaceOrALongerWordAtTheStartIsNoHost() {
    assertThat(organizers(entity("meta", EntityType.COMPANY, "Meta"),
        entity("metaverse", EntityType.EVENT, "Metaverse Summit"),
        entity("lisbon", EntityType.PLACE, "Lisbon"),
        entity("forum", EntityType.EVENT, "Lisbon Robotics Forum")))
        .isEmpty();
  }

  @Test
  void aCompanyOpeningAPrizesNameSponsorsIt() {
    assertThat(organizers(entity("veltrix", EntityType.COMPANY, "Veltrix"),
        entity("awards", EntityType.EVENT, "Veltrix Global Design Awards"),
        entity("festival", EntityType.EVENT, "Veltrix Design Festival")))
        .containsExactly("festival → veltrix");
  }

  @Test
  void aTermBeforeTheBodysNameLeavesTheBodyItsHost() {
    assertThat(organizers(entity("council", EntityType.ORGANIZATION, "星海市议会"),
        entity("session", EntityType.EVENT, "十二届星海市议会五次会议"),
        entity("edition", EntityType.EVENT, "第十届星海市议会青年论坛"),
        entity("hearing", EntityType.EVENT, "十二区星海市议会听证会")))
        .containsExactlyInAnyOrder("session → council", "edition → council");
  }

  @Test
  void aYearOpeningOrClosingAnEventsNameIsItsYear() {
    List<Relation> years = EventNames.startYears(List.of(
        entity("gtc", EntityType.EVENT, "Veltrix GTC 2024"),
        entity("wic", EntityType.EVENT, "2023 Harbor Internet Conference"),
        entity("lecture", EntityType.EVENT, "2023年星河研究院新年讲座"),
        entity("show", EntityType.EVENT, "2026星港车展"),
        entity("vision", EntityType.EVENT, "Vision 2030 Forum"),
        entity("code", EntityType.EVENT, "20261星港车展"),
        entity("fair", EntityType.EVENT, "Veltrix苏州2026"),
        entity("number", EntityType.EVENT, "星港车展20261"),
        entity("company", EntityType.COMPANY, "Veltrix 2024")));
    assertThat(years).extracting(r -> r.subject() + " " + ((Relation.LiteralValue) r.object()).lexical())
        .containsExactlyInAnyOrder("gtc 2024", "wic 2023", "lecture 2023", "show 2026", "fair 2026");
  }

  @Test
  void aPlaceAfterALatinBrandIsWhereThatMeetingIsHeld() {
    assertThat(locations(
        entity("suzhou", EntityType.PLACE, "苏州"),
        entity("fair", EntityType.EVENT, "Veltrix苏州2026"),
        entity("local", EntityType.EVENT, "Orbitra苏州"),
        entity("conference", EntityType.EVENT, "Veltrix开发者大会")))
        .containsExactlyInAnyOrder("fair → suzhou", "local → suzhou");
  }

  @Test
  void aPlaceOpeningAnEventsNameAfterItsYearIsWhereItIsHeld() {
    assertThat(locations(
        entity("suzhou", EntityType.PLACE, "苏州"),
        entity("lisbon", EntityType.PLACE, "Lisbon"),
        entity("expo", EntityType.EVENT, "2026年苏州机器人博览会"),
        entity("forum", EntityType.EVENT, "Lisbon Robotics Forum"),
        entity("meetup", EntityType.EVENT, "2026 Lisbon Founders Meetup")))
        .containsExactlyInAnyOrder("expo → suzhou", "forum → lisbon", "meetup → lisbon");
  }

  @Test
  void aPlaceAfterTheOrganizersNameIsWhereItIsHeld() {
    assertThat(locations(
        entity("suzhou", EntityType.PLACE, "苏州"),
        entity("acme", EntityType.COMPANY, "远航云"),
        entity("summit", EntityType.EVENT, "远航云苏州开发者峰会"),
        entity("expo", EntityType.EVENT, "2026远航云苏州博览会")))
        .containsExactlyInAnyOrder("summit → suzhou", "expo → suzhou");
  }

  @Test
  void aPlaceInsideTheNameOrALongerWordIsNoVenue() {
    assertThat(locations(
        entity("lisbon", EntityType.PLACE, "Lisbon"),
        entity("suzhou", EntityType.PLACE, "苏州"),
        entity("lisboans", EntityType.EVENT, "Lisbonians Robotics Night"),
        entity("cup", EntityType.EVENT, "星河苏州机器人杯"),
        entity("veltrix", EntityType.COMPANY, "苏州星河科技")))
        .isEmpty();
  }
}
