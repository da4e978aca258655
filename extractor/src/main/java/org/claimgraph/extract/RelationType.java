package org.claimgraph.extract;

/** Relations claimgraph extracts; each maps to one ontology property in the RDF mapper. */
public enum RelationType {
  /** model → organization */
  DEVELOPER,
  /** organization → person */
  FOUNDER,
  /** organization → year literal */
  FOUNDING_YEAR,
  /** organization → person */
  CEO,
  /** organization → person */
  CHIEF_SCIENTIST,
  /** person → organization, job title as a qualifier */
  WORKS_FOR,
  /** model → gYearMonth / date literal */
  RELEASE_DATE,
  /** model → integer literal */
  PARAMETER_COUNT,
  /** model → OpenSource / Proprietary */
  OPENNESS,
  /** model → organization */
  HOSTED_BY,
  /** organization → organization */
  CUSTOMER_OF,
  /** organization → organization it belongs to: a subsidiary, division or unit of it */
  PART_OF,
  /** person or organization → work */
  AUTHOR_OF,
  /** organization or place → place */
  LOCATED_IN,
  /** AI model → work (a benchmark or data set) */
  EVALUATED_ON,
  /** event → organization or person */
  ORGANIZER,
  /** event → person or organization */
  ATTENDEE,
  /** person → event */
  SPEAKER_AT,
  /** event → place */
  LOCATION,
  /** event → date literal */
  START_DATE,
  /** event → integer literal */
  ATTENDANCE
}
