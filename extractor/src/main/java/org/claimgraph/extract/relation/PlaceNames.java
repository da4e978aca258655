package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.corenlp.KbpGazetteer;
import org.claimgraph.extract.entity.LayeredMentionFinder;
import org.claimgraph.extract.entity.NestedParents;
import org.claimgraph.extract.entity.PlaceUnits;
import org.claimgraph.extract.entity.SeatPlaces;

/**
 * LOCATED_IN read from names (guideline 8.2, "a place in the organization's own name"): an organization whose name
 * opens with a place below country level (杭州某某智能有限公司, 香港某某中心) or names one after 驻, a mission's seat
 * (某国驻上海总领事馆), is there. A country opening the name (中国科学院) is a nationality, not a seat; see
 * {@link PlaceLevels}. A public body's place is its jurisdiction (某市政府, 某市教育局, 某地检察署) and a school's is
 * part of its proper name (某某大学 and its units), so neither counts. No token rule can see this, since the two names
 * overlap in the text. Likewise a region named by a place and a direction (美国中西部, 欧洲北部) lies in that place.
 */
final class PlaceNames {
  static final String RULE = "names.place-in-organization-name";
  static final double CONFIDENCE = 0.75;
  /** What must follow the place in the name: at least a two-character name of its own. */
  private static final int MIN_REST = 2;

  static List<Relation> locatedIn(List<Entity> entities, Set<String> belowCountry) {
    return seatsInNames(organizations(entities), m -> true, entities, belowCountry, RULE);
  }

  static final String VENUE_RULE = "names.place-opening-venue-name";

  /**
   * LOCATED_IN from a venue or site to the place below country level its Chinese name opens with (杭州某某购物中心,
   * 深圳某某交易所大楼: guideline 8.2, a place inside another), as {@link #locatedIn} places a body. A country opening
   * the name (中国大陆, 中国某某馆) gives none.
   */
  static List<Relation> venues(List<Entity> entities, Set<String> belowCountry) {
    return seatsInNames(places(entities), m -> Languages.isHan(m.text().charAt(0)), entities, belowCountry, VENUE_RULE);
  }

  /**
   * LOCATED_IN by {@code rule} from each of {@code named} to the place that a mention it reads ({@code read}) opens
   * with.
   */
  private static List<Relation> seatsInNames(List<Entity> named, Predicate<Mention> read, List<Entity> entities,
      Set<String> belowCountry, String rule) {
    List<Entity> places = placesBelowCountry(entities, belowCountry);
    List<Relation> out = new ArrayList<>();
    for (Entity body : named) {
      for (Entity place : places) {
        if (place != body) {
          placeMention(body, read, place, places, entities).ifPresent(m -> out.add(new Relation(body.key(),
              RelationType.LOCATED_IN, new Relation.EntityValue(place.key()), Optional.empty(),
              Math.max(0, m.sentence()), m.span(), rule, CONFIDENCE)));
        }
      }
    }
    return out;
  }

  static final String PLACE_CHAIN_RULE = "names.place-chain-opening-organization-name";

  /**
   * LOCATED_IN between the places an organization's name opens with, larger first as Chinese writes an address
   * (河北省张家口市某研究院: 张家口市 lies in 河北省); {@link #locatedIn} places the body in the last one.
   */
  static List<Relation> placeChains(List<Entity> entities, Set<String> belowCountry) {
    List<Entity> places = placesBelowCountry(entities, belowCountry);
    List<Relation> out = new ArrayList<>();
    for (Entity organization : organizations(entities)) {
      for (Mention m : organization.mentions()) {
        if (m.source() == Mention.Source.COREFERENCE) {
          continue;
        }
        List<Entity> chain = openingPlaces(m.text(), places);
        for (int i = 1; i < chain.size(); i++) {
          out.add(new Relation(chain.get(i).key(), RelationType.LOCATED_IN,
              new Relation.EntityValue(chain.get(i - 1).key()), Optional.empty(), Math.max(0, m.sentence()), m.span(),
              PLACE_CHAIN_RULE, CONFIDENCE));
        }
      }
    }
    return out;
  }

  private static List<Entity> placesBelowCountry(List<Entity> entities, Set<String> belowCountry) {
    return entities.stream().filter(e -> e.type() == EntityType.PLACE && belowCountry.contains(e.key())).toList();
  }

  static List<Entity> places(List<Entity> entities) {
    return entities.stream().filter(e -> e.type() == EntityType.PLACE).toList();
  }

  private static List<Entity> organizations(List<Entity> entities) {
    return entities.stream().filter(e -> e.type().isOrganization()).toList();
  }

  /** A place after another in an address: a unit by its word (张家口市, 某某县), not a name that opens a body's (朝阳医院). */
  private static final Pattern ADDRESS_UNIT = Pattern.compile("\\p{IsHan}{2,}(?:省|市|州|县|縣|区|區)");

  /**
   * The places that open {@code name} one after another, each the longest there, larger first: the first any place,
   * each later one a unit by its word. Each leaves a name of its own after it.
   */
  private static List<Entity> openingPlaces(String name, List<Entity> places) {
    List<Entity> chain = new ArrayList<>();
    String rest = name;
    while (true) {
      String at = rest;
      boolean first = chain.isEmpty();
      Optional<Map.Entry<Entity, String>> next = places.stream()
          .flatMap(p -> p.names().stream().filter(n -> n.length() >= 2 && opens(at, n)
              && (first || ADDRESS_UNIT.matcher(n).matches())).map(n -> Map.entry(p, n)))
          .max(Comparator.comparingInt(e -> e.getValue().length()));
      if (next.isEmpty() || chain.contains(next.get().getKey())) {
        return chain;
      }
      chain.add(next.get().getKey());
      rest = rest.substring(next.get().getValue().length());
    }
  }

  static final String UNIT_PLACE_RULE = "names.place-in-unit-name";

  /**
   * LOCATED_IN from a unit named by its parent's name, a place and a unit noun (某某大学四川创新研究院, 某某学会郑州分部,
   * 某某集团上海分公司) to that place: the branch is where its name says (guideline 8.2, a place in the organization's
   * own name). The parent is another organization the text names; the place lies below country level, since a
   * country there often names the unit's field (某大学中国经济研究院).
   */
  static List<Relation> unitPlaces(List<Entity> entities, Set<String> belowCountry) {
    List<Entity> organizations = organizations(entities);
    List<Entity> places = placesBelowCountry(entities, belowCountry);
    List<Relation> out = new ArrayList<>();
    for (Entity unit : organizations) {
      unitPlace(unit, organizations, places).ifPresent(found -> out.add(new Relation(unit.key(),
          RelationType.LOCATED_IN, new Relation.EntityValue(found.getValue().key()), Optional.empty(),
          Math.max(0, found.getKey().sentence()), found.getKey().span(), UNIT_PLACE_RULE, CONFIDENCE)));
    }
    return out;
  }

  /**
   * The unit's first mention written parent + place + unit noun, and that place. The parent is the longest name of
   * another organization that opens the mention, the nearest one (某大学某地研究院 of 某大学某地研究院某某基地, whose
   * place is that institute's, not the base's).
   */
  private static Optional<Map.Entry<Mention, Entity>> unitPlace(Entity unit, List<Entity> organizations,
      List<Entity> places) {
    for (Mention m : unit.mentions()) {
      String text = m.text();
      if (m.source() == Mention.Source.COREFERENCE || !Languages.isHan(text.charAt(text.length() - 1))) {
        continue;
      }
      Optional<String> parentName = organizations.stream().filter(o -> o != unit).flatMap(o -> o.names().stream())
          .filter(n -> n.length() >= 2 && n.length() < text.length() && text.startsWith(n))
          .max(Comparator.comparingInt(String::length));
      if (parentName.isEmpty()) {
        continue;
      }
      String rest = text.substring(parentName.get().length());
      Optional<Entity> place = places.stream().filter(p -> p.names().stream().anyMatch(n -> n.length() >= 2
          && rest.startsWith(n) && rest.length() - n.length() >= MIN_REST
          && NestedParents.UNIT_SUFFIX.matcher(rest.substring(n.length())).matches())).findFirst();
      if (place.isPresent()) {
        return Optional.of(Map.entry(m, place.get()));
      }
    }
    return Optional.empty();
  }

  static final String ENGLISH_UNIT_PLACE_RULE = "names.place-ending-english-unit-name";

  /**
   * LOCATED_IN from a unit named in English by its parent's name and a place (Acme France, Initech Zurich) to that
   * place: the unit is where its name says (guideline 8.2, a place in the organization's own name). Unlike a name
   * opening with a country (U.S. Air Force, a nationality), a country after a company's name is the market its unit
   * serves and is seated in, so countries count.
   */
  static List<Relation> englishUnitPlaces(List<Entity> entities) {
    List<Entity> organizations = organizations(entities);
    List<Entity> places = places(entities);
    List<Relation> out = new ArrayList<>();
    for (Entity unit : organizations) {
      UnitNames.regionalUnit(unit, organizations, places).ifPresent(found -> out.add(new Relation(unit.key(),
          RelationType.LOCATED_IN, new Relation.EntityValue(found.getValue().key()), Optional.empty(),
          Math.max(0, found.getKey().sentence()), found.getKey().span(), ENGLISH_UNIT_PLACE_RULE, CONFIDENCE)));
    }
    return out;
  }

  static final String ENDING_PLACE_RULE = "names.place-ending-organization-name";

  /**
   * LOCATED_IN from an organization to the place its name ends with (红杉资本中国, 某某学会郑州, Example Arts Centre
   * Vienna, University of Hyderabad): guideline 8.2, a place in the organization's own name. A name closed by its
   * place is a branch or an institution named for its seat, unlike a place opening a name (中国科学院), which may be a
   * nationality; so a country counts here. The place must be one the text names, and a name of its own must stand
   * before it. An outlet is left out: the place glued to its name is a dateline's (某某日报北京3月9日电).
   */
  static List<Relation> endingPlaces(List<Entity> entities) {
    List<Entity> places = places(entities);
    List<Relation> out = new ArrayList<>();
    for (Entity organization : organizations(entities)) {
      if (organization.type() == EntityType.MEDIA_ORGANIZATION) {
        continue;
      }
      for (Entity place : places) {
        endingPlaceMention(organization, place).ifPresent(m -> out.add(new Relation(organization.key(),
            RelationType.LOCATED_IN, new Relation.EntityValue(place.key()), Optional.empty(),
            Math.max(0, m.sentence()), m.span(), ENDING_PLACE_RULE, CONFIDENCE)));
      }
    }
    return out;
  }

  /** The organization's first mention (not by coreference) whose name ends with one of the place's names. */
  private static Optional<Mention> endingPlaceMention(Entity organization, Entity place) {
    for (Mention m : organization.mentions()) {
      if (m.source() != Mention.Source.COREFERENCE
          && place.names().stream().anyMatch(n -> n.length() >= 2 && ends(m.text(), n))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Han characters after which a closing place is no part of a name. */
  private static final String HAN_NOT_BEFORE_PLACE = "驻駐在于於的和与與及、至到往赴";

  /**
   * The name ends with the place after a name of its own: a Latin place after a space, a Han one after anything but
   * a preposition, particle or conjunction (某国驻上海, 总部在北京 name no unit).
   */
  private static boolean ends(String text, String place) {
    if (!text.endsWith(place) || text.length() - place.length() < MIN_REST) {
      return false;
    }
    char before = text.charAt(text.length() - place.length() - 1);
    return Languages.isHan(place.charAt(0)) ? before != ' ' && HAN_NOT_BEFORE_PLACE.indexOf(before) < 0 : before == ' ';
  }

  static final String HAN_COURT_RULE = "names.place-opening-court-name";
  /** A court named in Chinese, as the entity stage reads it: 加州中区联邦法院, 东京地方法院. */
  private static final Pattern HAN_COURT = LayeredMentionFinder.HAN_COURT;

  /**
   * LOCATED_IN from a Chinese court to the place its name opens with (加州中区联邦法院: California). A court sits where it
   * judges, so unlike a government (某市政府) or a nationality (中国人工智能学会) the place is its seat, a country too
   * (某国高等法院).
   */
  static List<Relation> courts(List<Entity> entities) {
    return courtSeats(entities, court -> court.type() == EntityType.ORGANIZATION,
        name -> HAN_COURT.matcher(name).matches(),
        name -> entities.stream().filter(p -> p.type() == EntityType.PLACE).filter(p -> openingName(name, p) > 0)
            .max(Comparator.comparingInt(p -> openingName(name, p))),
        HAN_COURT_RULE);
  }

  /**
   * LOCATED_IN from each court to the seat its first mention that is a court's name gives ({@code seat} of that name,
   * a place the text names), by {@code rule}.
   */
  private static List<Relation> courtSeats(List<Entity> entities, Predicate<Entity> courtType,
      Predicate<String> courtName, Function<String, Optional<Entity>> seat, String rule) {
    List<Relation> out = new ArrayList<>();
    for (Entity court : entities) {
      if (!courtType.test(court)) {
        continue;
      }
      for (Mention m : court.mentions()) {
        if (m.source() == Mention.Source.COREFERENCE || !courtName.test(m.text())) {
          continue;
        }
        seat.apply(m.text()).ifPresent(p -> out.add(new Relation(court.key(), RelationType.LOCATED_IN,
            new Relation.EntityValue(p.key()), Optional.empty(), Math.max(0, m.sentence()), m.span(), rule,
            CONFIDENCE)));
        break;
      }
    }
    return out;
  }

  /** The length of the longest of the place's names that opens {@code name}, or 0. */
  private static int openingName(String name, Entity place) {
    return place.names().stream().filter(n -> n.length() >= 2 && opens(name, n)).mapToInt(String::length).max()
        .orElse(0);
  }

  static final String THINK_TANK_RULE = "names.place-before-think-tank";
  /** The kind word between a place and a think tank's name: 华府智库某某研究中心 (a quote may open the name). */
  private static final Pattern THINK_TANK_BEFORE = Pattern.compile("(?:智库|智庫|智囊机构|智囊機構)[“\"「]?$");

  /**
   * LOCATED_IN from a think tank to the city written before it with its kind (华府智库X: X is in Washington). Only a
   * place below country level: 美国智库X is a nationality (guideline 8.2). No token rule: place=SEAT is for companies.
   */
  static List<Relation> thinkTanks(String text, List<Entity> entities, Set<String> belowCountry) {
    List<Relation> out = new ArrayList<>();
    for (Entity organization : entities) {
      if (!organization.type().isOrganization()) {
        continue;
      }
      for (Mention m : organization.mentions()) {
        String before = text.substring(Math.max(0, m.span().begin() - 6), m.span().begin());
        Matcher kind = THINK_TANK_BEFORE.matcher(before);
        if (m.source() == Mention.Source.COREFERENCE || !kind.find()) {
          continue;
        }
        int placeEnd = m.span().begin() - (before.length() - kind.start());
        entities.stream()
            .filter(p -> p.type() == EntityType.PLACE && belowCountry.contains(p.key()))
            .filter(p -> p.mentions().stream().anyMatch(pm -> pm.span().end() == placeEnd))
            .findFirst()
            .ifPresent(p -> out.add(new Relation(organization.key(), RelationType.LOCATED_IN,
                new Relation.EntityValue(p.key()), Optional.empty(), Math.max(0, m.sentence()), m.span(),
                THINK_TANK_RULE, CONFIDENCE)));
      }
    }
    return out;
  }

  static final String DISTRICT_COURT_RULE = "names.court-for-district";
  /** An English court named for the district it serves, and the place the district is of. */
  private static final Pattern COURT_DISTRICT = Pattern.compile(
      ".* Court.* for the (?:[A-Z][a-z]+ )?District of (?<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)");

  /**
   * LOCATED_IN from an English court named for a district to the place the district is of (the U.S. District Court
   * for the District of Delaware sits in Delaware; guideline 8.2, a place in the organization's own name). Unlike a
   * public body's jurisdiction (the Delaware Department of Justice), a court's district is where it sits; the
   * English counterpart of 某州联邦法院.
   */
  static List<Relation> courtDistricts(List<Entity> entities) {
    return courtSeats(entities, court -> court.type().isOrganization(), name -> COURT_DISTRICT.matcher(name).matches(),
        name -> {
          Matcher district = COURT_DISTRICT.matcher(name);
          return district.matches() ? entities.stream()
              .filter(p -> p.type() == EntityType.PLACE && p.names().contains(district.group("place"))).findFirst()
              : Optional.empty();
        },
        DISTRICT_COURT_RULE);
  }

  static final String REGION_RULE = "names.region-of-place";
  /** LOCATED_IN from a region named by a place and a direction (美国中西部) to that place. */
  static List<Relation> regions(List<Entity> entities) {
    List<Entity> places = entities.stream().filter(e -> e.type() == EntityType.PLACE).toList();
    List<Relation> out = new ArrayList<>();
    for (Entity region : places) {
      for (Entity place : places) {
        if (place == region) {
          continue;
        }
        regionMention(region, place).ifPresent(m -> out.add(new Relation(region.key(), RelationType.LOCATED_IN,
            new Relation.EntityValue(place.key()), Optional.empty(), Math.max(0, m.sentence()), m.span(),
            REGION_RULE, CONFIDENCE)));
      }
    }
    return out;
  }

  private static Optional<Mention> regionMention(Entity region, Entity place) {
    for (Mention m : region.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE) {
        continue;
      }
      for (String name : place.names()) {
        if (name.length() >= 2 && m.text().startsWith(name)
            && PlaceUnits.REGION.matcher(m.text().substring(name.length())).matches()) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The organization's first mention whose name opens with the place, last of the places there (or names it after 驻),
   * and is no public body's or school's; not when the name opens with another organization's (某市某医院某院区: the
   * place is the parent's seat, which the unit's PART_OF gives).
   */
  private static Optional<Mention> placeMention(Entity organization, Predicate<Mention> read, Entity place,
      List<Entity> places, List<Entity> entities) {
    for (Mention m : organization.mentions()) {
      if (m.source() == Mention.Source.COREFERENCE || !read.test(m)
          || SeatPlaces.JURISDICTION_OR_SCHOOL.matcher(m.text()).matches()
          || opensWithAnotherOrganization(m.text(), organization, entities)) {
        continue;
      }
      List<Entity> chain = openingPlaces(m.text(), places);
      if (!chain.isEmpty() && chain.get(chain.size() - 1) == place
          || place.names().stream().anyMatch(n -> n.length() >= 2 && m.text().contains("驻" + n))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** True if {@code name} opens with the whole name of an organization other than {@code organization}. */
  private static boolean opensWithAnotherOrganization(String name, Entity organization, List<Entity> entities) {
    return entities.stream().filter(e -> e != organization && e.type().isOrganization())
        .anyMatch(e -> e.names().stream().anyMatch(n -> n.length() >= 2 && n.length() < name.length()
            && name.startsWith(n)));
  }

  /** The name opens with the place and goes on with a name of its own: a Latin place ends at a space. */
  private static boolean opens(String text, String place) {
    if (!text.startsWith(place) || text.length() - place.length() < MIN_REST) {
      return false;
    }
    char next = text.charAt(place.length());
    return Languages.isHan(place.charAt(place.length() - 1)) ? Languages.isHan(next) : next == ' ';
  }
  static final String ADDRESS_RULE = "names.place-comma-region";
  /**
   * LOCATED_IN from an English address (guideline 8.2): a place, a comma and the state, province or country it lies in,
   * whatever stands around them (in Taipei, Taiwan; the Sunnyvale, California company; its Spartanburg, South Carolina
   * plant; offices in Fremont, California, and Guangzhou, China). The larger place is known as such to CoreNLP's
   * gazetteer, the smaller is no country nor of the same level (Texas, Ohio, or Utah), and no place stands in a list
   * right before or after the pair (Lyon, Paris, France).
   */
  static List<Relation> addresses(String text, List<Entity> entities) {
    Map<Mention, Entity> places = new LinkedHashMap<>();
    entities.stream().filter(e -> e.type() == EntityType.PLACE).forEach(e -> e.mentions().stream()
        .filter(m -> m.source() != Mention.Source.COREFERENCE).forEach(m -> places.put(m, e)));
    List<Relation> out = new ArrayList<>();
    places.forEach((smaller, smallerPlace) -> places.forEach((larger, largerPlace) -> {
      Span a = smaller.span();
      Span b = larger.span();
      if (b.begin() != a.end() + 2 || !text.startsWith(", ", a.end()) || smallerPlace == largerPlace
          || !smaller.text().matches("[A-Z][\\p{L} .'-]*")) {
        return;
      }
      String largerKind = kindOf(largerPlace);
      String smallerKind = kindOf(smallerPlace);
      boolean inList = places.keySet().stream().anyMatch(p -> p.span().begin() == b.end() + 2
          || p.span().end() == a.begin() - 2 && text.startsWith(", ", p.span().end()));
      if (largerKind == null || "COUNTRY".equals(smallerKind) || largerKind.equals(smallerKind) || inList) {
        return;
      }
      out.add(new Relation(smallerPlace.key(), RelationType.LOCATED_IN, new Relation.EntityValue(largerPlace.key()),
          Optional.empty(), Math.max(0, smaller.sentence()), new Span(a.begin(), b.end()), ADDRESS_RULE, CONFIDENCE));
    }));
    return out;
  }

  /** COUNTRY or STATE_OR_PROVINCE when one of the place's names is one in the gazetteer, else null. */
  private static String kindOf(Entity place) {
    return place.names().stream().map(n -> KbpGazetteer.englishRegions().get(n.toLowerCase(Locale.ROOT)))
        .filter(Objects::nonNull).findFirst().orElse(null);
  }
}
