package org.claimgraph.extract.relation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.RelationType;

/**
 * What each predicate connects (the ontology's domains and ranges, as in {@link RelationType}'s comments), so a rule
 * that matched loosely cannot assert a model founded a person.
 */
final class RelationSignature {
  private RelationSignature() {}

  /** How the object is read from the text. */
  enum ObjectKind { ENTITY, YEAR, DATE, COUNT, DECIMAL, NAMED }

  record Signature(Set<EntityType> subjects, Set<EntityType> objects, ObjectKind kind, boolean allInGroup) {
    boolean subjectFits(EntityType t) {
      return fits(subjects, t);
    }

    boolean objectFits(EntityType t) {
      return fits(objects, t);
    }

    private static boolean fits(Set<EntityType> allowed, EntityType t) {
      return allowed.contains(t) || (allowed.contains(EntityType.ORGANIZATION) && t.isOrganization());
    }
  }

  private static final Set<EntityType> ORG = Set.of(EntityType.ORGANIZATION);
  private static final Set<EntityType> PERSON = Set.of(EntityType.PERSON);
  private static final Set<EntityType> MODEL = Set.of(EntityType.AI_MODEL);
  private static final Set<EntityType> MODEL_OR_PRODUCT = Set.of(EntityType.AI_MODEL, EntityType.PRODUCT);
  private static final Set<EntityType> EVENT = Set.of(EntityType.EVENT);
  private static final Set<EntityType> AGENT = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
  private static final Set<EntityType> WORK = Set.of(EntityType.WORK);
  private static final Set<EntityType> PLACE = Set.of(EntityType.PLACE);

  private static final Map<RelationType, Signature> SIGNATURES = new EnumMap<>(Map.ofEntries(
      Map.entry(RelationType.DEVELOPER, new Signature(MODEL_OR_PRODUCT, ORG, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.FOUNDER, new Signature(ORG, PERSON, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.FOUNDING_YEAR, new Signature(ORG, Set.of(), ObjectKind.YEAR, false)),
      Map.entry(RelationType.CEO, new Signature(ORG, PERSON, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.CHIEF_SCIENTIST, new Signature(ORG, PERSON, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.WORKS_FOR, new Signature(PERSON, ORG, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.RELEASE_DATE, new Signature(MODEL_OR_PRODUCT, Set.of(), ObjectKind.DATE, false)),
      Map.entry(RelationType.PARAMETER_COUNT, new Signature(MODEL, Set.of(), ObjectKind.DECIMAL, true)),
      Map.entry(RelationType.OPENNESS, new Signature(MODEL_OR_PRODUCT, Set.of(), ObjectKind.NAMED, false)),
      Map.entry(RelationType.HOSTED_BY,
          new Signature(MODEL, Set.of(EntityType.ORGANIZATION, EntityType.PRODUCT), ObjectKind.ENTITY, false)),
      Map.entry(RelationType.CUSTOMER_OF, new Signature(ORG, ORG, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.PART_OF, new Signature(ORG, ORG, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.AUTHOR_OF, new Signature(AGENT, WORK, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.LOCATED_IN,
          new Signature(Set.of(EntityType.ORGANIZATION, EntityType.PLACE), PLACE, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.EVALUATED_ON, new Signature(MODEL, WORK, ObjectKind.ENTITY, true)),
      Map.entry(RelationType.SPEAKER_AT, new Signature(PERSON, EVENT, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.ORGANIZER, new Signature(EVENT, AGENT, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.ATTENDEE, new Signature(EVENT, AGENT, ObjectKind.ENTITY, false)),
      Map.entry(RelationType.LOCATION, new Signature(EVENT, PLACE, ObjectKind.ENTITY, true)),
      Map.entry(RelationType.START_DATE, new Signature(EVENT, Set.of(), ObjectKind.DATE, false)),
      Map.entry(RelationType.ATTENDANCE, new Signature(EVENT, Set.of(), ObjectKind.COUNT, false))));

  static Signature of(RelationType predicate) {
    Signature s = SIGNATURES.get(predicate);
    if (s == null) {
      throw new IllegalStateException("No signature for " + predicate + ": add it to RelationSignature");
    }
    return s;
  }
}
