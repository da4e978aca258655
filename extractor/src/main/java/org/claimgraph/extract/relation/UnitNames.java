package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.entity.NestedParents;

/**
 * PART_OF read from names: an organization whose name is another organization's name (perhaps after a place)
 * followed by a unit noun is a unit of it — 欧盟委员会 of 欧盟, 三星电子DS部门 of 三星电子, 英国议会科学委员会 of
 * 众议院, an institute's short name 某科学院计算所 of 某科学院 — and so is one named in English by its parent's name
 * and a place (Acme France). No token rule can see this, since the two names overlap in the text.
 */
final class UnitNames {
  static final String RULE = "names.part-of-unit-name";
  static final double CONFIDENCE = 0.75;
  /** The unit nouns that end a unit's name, as the entity stage reads them. */
  private static final Pattern UNIT_SUFFIX = NestedParents.UNIT_SUFFIX;
  /**
   * English units named after their parent with a unit noun: White House Office of Science and Technology Policy,
   * Senate Commerce Committee, Acme Research Division, ABC Imaging and Diagnosis Laboratory (two fields joined).
   */
  private static final Pattern ENGLISH_UNIT = Pattern.compile("(?:[A-Z][A-Za-z-]* (?:and )?){0,5}"
      + "(?:Office|Bureau|Department|Division|Directorate|Council|Committee|Subcommittee|Agency|Institute|Center|"
      + "Centre|Lab|Laboratory|Unit)"
      + "(?: (?:of|for|on) [A-Z].*)?");
  /** A parent's acronym of three capitals, as agencies are known (NIH, NSF): a name short but no common word. */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3}");
  /** What follows a department's field in its name: the Commerce Department, the State Dept. */
  private static final Pattern FIELD_DEPARTMENT = Pattern.compile("(?:Department|Dept\\.?|Ministry)");
  private static final Pattern COMPANY_WORDS = Pattern.compile("(?:股份)?(?:有限)?(?:公司|集团)(?:总部)?");

  private UnitNames() {}

  static List<Relation> partOf(List<Entity> entities) {
    List<Entity> organizations = entities.stream().filter(e -> e.type().isOrganization()).toList();
    List<Entity> placeEntities = PlaceNames.places(entities);
    Set<String> places = new LinkedHashSet<>();
    placeEntities.forEach(e -> places.addAll(e.names()));
    List<Relation> out = new ArrayList<>();
    for (Entity unit : organizations) {
      for (Entity parent : organizations) {
        if (unit == parent) {
          continue;
        }
        unitMention(unit, parent, places, parentOfAnotherKind(unit, parent), organizations)
            .or(() -> englishBrandUnitMention(unit, parent))
            .or(() -> regionalUnit(unit, List.of(parent), placeEntities).map(Map.Entry::getKey))
            .ifPresent(m -> out.add(new Relation(unit.key(), RelationType.PART_OF,
                new Relation.EntityValue(parent.key()), Optional.empty(), Math.max(0, m.sentence()), m.span(), RULE,
                CONFIDENCE)));
      }
    }
    return out;
  }

  /**
   * A journal or outlet named inside a body of another kind after a place is a word of that body's name, not its
   * parent: 宁波科学计算研究院 is no unit of the journal 《科学》.
   */
  private static boolean parentOfAnotherKind(Entity unit, Entity parent) {
    return parent.type() == EntityType.MEDIA_ORGANIZATION && unit.type() != EntityType.MEDIA_ORGANIZATION;
  }

  /**
   * A company's cloud arm, named by the company's name and 云 alone (腾讯云, 阿里云; https://zh.wikipedia.org/wiki/腾讯云):
   * the one unit noun of a single character that names a unit after its parent.
   */
  private static final Pattern CLOUD = Pattern.compile("[云雲]");

  /**
   * Another organization's longer name, which opens with the parent's, opens the unit's name too: that one is the
   * nearer parent (某大学某地研究院 of 某大学某地研究院某某基地), and the unit is its part, not the farther one's.
   */
  private static boolean nearerParentNamed(String unitName, int at, String parentName, Entity unit, Entity parent,
      List<Entity> organizations) {
    return organizations.stream().filter(o -> o != unit && o != parent)
        .flatMap(o -> o.names().stream())
        .anyMatch(n -> n.length() > parentName.length() && n.startsWith(parentName) && unitName.startsWith(n, at)
            && unitName.length() > at + n.length());
  }

  private static Optional<Mention> unitMention(Entity unit, Entity parent, Set<String> places,
      boolean parentOfAnotherKind, List<Entity> organizations) {
    for (Mention m : unit.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE) {
        continue;
      }
      for (String name : parent.names()) {
        int at = m.text().indexOf(name);
        if (name.length() < 2 || at < 0) {
          continue;
        }
        String before = m.text().substring(0, at);
        String after = m.text().substring(at + name.length()).strip();
        boolean placeBefore = before.isEmpty() || places.contains(before.strip()) && !parentOfAnotherKind;
        if (!placeBefore || after.length() < 2 && !CLOUD.matcher(after).matches()
            || COMPANY_WORDS.matcher(after).matches() || nearerParentNamed(m.text(), at, name, unit, parent,
                organizations)) {
          continue;
        }
        // The Commerce Department is the department of commerce, not a unit of something called Commerce.
        boolean englishUnit = before.isEmpty() && (name.length() >= 4 || ACRONYM.matcher(name).matches())
            && m.text().charAt(at + name.length()) == ' '
            && ENGLISH_UNIT.matcher(after).matches() && !FIELD_DEPARTMENT.matcher(after).matches();
        if (UNIT_SUFFIX.matcher(after).matches() || englishUnit) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A unit's mention written in English as one of {@code parents}' names, a space and the name of one of {@code
   * places} (Acme France, Initech Zurich: a company's unit in a country or city), with that place.
   */
  static Optional<Map.Entry<Mention, Entity>> regionalUnit(Entity unit, List<Entity> parents, List<Entity> places) {
    for (Mention m : unit.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE || !LATIN_WORDS.matcher(m.text()).matches()) {
        continue;
      }
      for (Entity parent : parents) {
        if (parent == unit || parent.type() == EntityType.MEDIA_ORGANIZATION) {
          continue;
        }
        for (String name : parent.names()) {
          if (name.length() < 2 || !m.text().startsWith(name + " ")) {
            continue;
          }
          String rest = m.text().substring(name.length() + 1);
          Optional<Entity> place = places.stream().filter(p -> p.names().contains(rest)).findFirst();
          if (place.isPresent()) {
            return Optional.of(Map.entry(m, place.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Latin words only, as an English name is written. */
  private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z0-9.&'’ -]+");

  /**
   * A unit that is not a company of its own, mentioned by its parent's Latin name, a space and a name of its own
   * (Google DeepMind, Microsoft AI), or a company's venture arm or fund (Acme Capital, Acme Startup Fund). Only a
   * name the text writes: a lexicon's full name for a unit the text calls DeepMind alone does not say the text treats
   * it as Google's (guidelines §8.2).
   */
  private static Optional<Mention> englishBrandUnitMention(Entity unit, Entity parent) {
    for (Mention m : unit.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE) {
        continue;
      }
      for (String name : parent.names()) {
        if (name.length() < 2 || !name.matches("[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*)*")
            || !m.text().startsWith(name + " ")) {
          continue;
        }
        if (NestedParents.namesEnglishUnit(unit.type(), parent.type(), m.text().substring(name.length() + 1))) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }
}
