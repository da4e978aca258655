package org.claimgraph.extract;

/** The kinds of entity claimgraph extracts; each maps to one ontology class in the RDF mapper. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COMPANY,
  RESEARCH_ORGANIZATION,
  MEDIA_ORGANIZATION,
  AI_MODEL,
  PRODUCT,
  EVENT,
  PLACE,
  /** a named book, report, paper, index, benchmark or data set, law or bill */
  WORK,
  TOPIC;

  /** True for ORGANIZATION and its subtypes. */
  public boolean isOrganization() {
    return this == ORGANIZATION || this == COMPANY || this == RESEARCH_ORGANIZATION || this == MEDIA_ORGANIZATION;
  }
}
