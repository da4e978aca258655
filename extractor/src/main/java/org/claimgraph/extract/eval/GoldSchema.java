package org.claimgraph.extract.eval;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.RelationType;

/**
 * What each predicate may connect in a gold file (docs/annotation-guidelines.md §4): the subject's entity types and
 * either the object's entity types or the literal's format. The gold reader rejects a relation that breaks it, so an
 * annotation slip surfaces when the file is read, not as a silent miss in the scores.
 */
final class GoldSchema {
  private GoldSchema() {}

  /** The subject types and either the object types or the literal format of one predicate. */
  record Signature(Set<EntityType> subjects, Set<EntityType> objects, Optional<Pattern> literal) {}

  private static final Set<EntityType> ORGS = EnumSet.of(EntityType.ORGANIZATION, EntityType.COMPANY,
      EntityType.RESEARCH_ORGANIZATION, EntityType.MEDIA_ORGANIZATION);
  private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
  private static final Set<EntityType> MODEL = EnumSet.of(EntityType.AI_MODEL);
  private static final Set<EntityType> EVENT = EnumSet.of(EntityType.EVENT);
  private static final Set<EntityType> PLACE = EnumSet.of(EntityType.PLACE);
  private static final Set<EntityType> WORK = EnumSet.of(EntityType.WORK);
  private static final Set<EntityType> AGENT = union(ORGS, PERSON);
  /** Cloud services are products (the guidelines' HOSTED_BY). */
  private static final Set<EntityType> HOST = union(ORGS, EnumSet.of(EntityType.PRODUCT));
  private static final Set<EntityType> ORG_OR_PLACE = union(ORGS, PLACE);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private static final Pattern YEAR_MONTH_OR_DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern COUNT = Pattern.compile("[1-9]\\d*");
  private static final Pattern OPENNESS = Pattern.compile("OpenSource|Proprietary");

  private static final Map<RelationType, Signature> SIGNATURES = new EnumMap<>(Map.ofEntries(
      entity(RelationType.DEVELOPER, MODEL, ORGS),
      entity(RelationType.FOUNDER, ORGS, PERSON),
      entity(RelationType.CEO, ORGS, PERSON),
      entity(RelationType.CHIEF_SCIENTIST, ORGS, PERSON),
      entity(RelationType.WORKS_FOR, PERSON, ORGS),
      entity(RelationType.HOSTED_BY, MODEL, HOST),
      entity(RelationType.CUSTOMER_OF, ORGS, ORGS),
      entity(RelationType.PART_OF, ORGS, ORGS),
      entity(RelationType.AUTHOR_OF, AGENT, WORK),
      entity(RelationType.LOCATED_IN, ORG_OR_PLACE, PLACE),
      entity(RelationType.EVALUATED_ON, MODEL, WORK),
      entity(RelationType.ORGANIZER, EVENT, AGENT),
      entity(RelationType.ATTENDEE, EVENT, AGENT),
      entity(RelationType.SPEAKER_AT, PERSON, EVENT),
      entity(RelationType.LOCATION, EVENT, PLACE),
      literal(RelationType.FOUNDING_YEAR, ORGS, YEAR),
      literal(RelationType.RELEASE_DATE, MODEL, MONTH_OR_DAY),
      literal(RelationType.START_DATE, EVENT, YEAR_MONTH_OR_DAY),
      literal(RelationType.PARAMETER_COUNT, MODEL, COUNT),
      literal(RelationType.ATTENDANCE, EVENT, COUNT),
      literal(RelationType.OPENNESS, MODEL, OPENNESS)));

  static Signature of(RelationType predicate) {
    Signature s = SIGNATURES.get(predicate);
    if (s == null) {
      throw new IllegalStateException("No gold signature for " + predicate + ": add it to GoldSchema");
    }
    return s;
  }

  /**
   * What is wrong with a relation whose subject has type {@code subject} and whose object has type {@code object}
   * (empty for a literal), or empty when it fits.
   */
  static Optional<String> problem(GoldRelation r, EntityType subject, Optional<EntityType> object) {
    Signature s = of(r.predicate());
    if (!s.subjects().contains(subject)) {
      return Optional.of(r.predicate() + " needs a subject of type " + s.subjects() + ", but '" + r.subject() + "' is "
          + subject);
    }
    if (s.literal().isPresent()) {
      if (r.literal().isEmpty()) {
        return Optional.of(r.predicate() + " takes a 'literal', not an 'object'");
      }
      if (!s.literal().get().matcher(r.literal().get()).matches()) {
        return Optional.of(r.predicate() + " needs a literal like " + s.literal().get().pattern() + ", not '"
            + r.literal().get() + "' (see the guidelines' literal formats)");
      }
      return Optional.empty();
    }
    if (object.isEmpty()) {
      return Optional.of(r.predicate() + " takes an 'object' (an entity name), not a 'literal'");
    }
    if (!s.objects().contains(object.get())) {
      return Optional.of(r.predicate() + " needs an object of type " + s.objects() + ", but '" + r.object().orElseThrow()
          + "' is " + object.get());
    }
    return Optional.empty();
  }

  private static Map.Entry<RelationType, Signature> entity(RelationType p, Set<EntityType> subjects,
      Set<EntityType> objects) {
    return Map.entry(p, new Signature(subjects, objects, Optional.empty()));
  }

  private static Map.Entry<RelationType, Signature> literal(RelationType p, Set<EntityType> subjects, Pattern format) {
    return Map.entry(p, new Signature(subjects, Set.of(), Optional.of(format)));
  }

  private static Set<EntityType> union(Set<EntityType> a, Set<EntityType> b) {
    Set<EntityType> u = EnumSet.copyOf(a);
    u.addAll(b);
    return u;
  }
}
