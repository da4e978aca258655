package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.KbpTriple;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.NerMention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP alone, as the baseline our extraction is compared with: its NER mentions and its KBP triples mapped onto
 * our records with no rules, lexicons or claims of ours.
 *
 * <p>Entities: one per distinct mention text whose NER type maps (see {@link #NER_TYPES}); the type is the one
 * that text carries most often (first seen on a tie). Relations, from the KBP triples whose ends are such entities:
 * <ul>
 *   <li>{@code per:employee_or_member_of} (person → org) → WORKS_FOR(person, org);</li>
 *   <li>{@code org:top_members_employees} (org → person) → WORKS_FOR(person, org), inverted;</li>
 *   <li>{@code org:founded_by} (org → person) → FOUNDER(org, person);</li>
 *   <li>{@code per:organizations_founded} (person → org) → FOUNDER(org, person), inverted;</li>
 *   <li>{@code org:date_founded} (org → date) → FOUNDING_YEAR(org, the year), when the date holds a four-digit year;</li>
 *   <li>{@code per:title} gives the qualifier (job title) of the person's WORKS_FOR relations in the same sentence;</li>
 *   <li>every other KBP relation is dropped: our relation types have no counterpart for it.</li>
 * </ul>
 * KBP's own titles are not read as CEO or chief scientist: that interpretation is ours, not CoreNLP's.
 */
public final class Baseline {
  private static final Logger LOG = LoggerFactory.getLogger(Baseline.class);

  /** CoreNLP NER type → our entity type; types not listed are dropped. */
  public static final Map<String, EntityType> NER_TYPES = Map.of(
      "PERSON", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANIZATION,
      "GPE", EntityType.PLACE,
      "CITY", EntityType.PLACE,
      "COUNTRY", EntityType.PLACE,
      "LOCATION", EntityType.PLACE,
      "STATE_OR_PROVINCE", EntityType.PLACE);

  private static final String GYEAR = "http://www.w3.org/2001/XMLSchema#gYear";
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  private Baseline() {}

  public static Extraction extract(AnnotatedDocument document) {
    List<Entity> entities = entities(document);
    Map<String, String> keyByText = new HashMap<>();
    for (Entity e : entities) {
      e.mentions().forEach(m -> keyByText.put(m.text(), e.key()));
    }
    return new Extraction(document, entities, relations(document, keyByText), List.of());
  }

  private static List<Entity> entities(AnnotatedDocument document) {
    Map<String, List<NerMention>> byText = new LinkedHashMap<>();
    for (AnnotatedSentence s : document.sentences()) {
      for (NerMention m : s.nerMentions()) {
        if (NER_TYPES.containsKey(m.nerType()) && !m.text().isBlank()) {
          byText.computeIfAbsent(m.text(), t -> new ArrayList<>()).add(m);
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Map.Entry<String, List<NerMention>> e : byText.entrySet()) {
      String text = e.getKey();
      EntityType type = mostFrequentType(e.getValue());
      List<Mention> mentions = new ArrayList<>();
      for (NerMention m : e.getValue()) {
        mentions.add(new Mention(m.span(), m.text(), type, document.sentenceAt(m.span().begin()), Mention.Source.NER));
      }
      String key = uniqueKey(text, keys);
      TreeMap<String, String> labels = new TreeMap<>();
      labels.put(CJK.matcher(text).find() ? "zh" : "en", text);
      entities.add(new Entity(key, type, labels, new TreeSet<>(), Optional.empty(), mentions));
    }
    return entities;
  }

  private static EntityType mostFrequentType(List<NerMention> mentions) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    EntityType best = null;
    for (NerMention m : mentions) {
      EntityType t = NER_TYPES.get(m.nerType());
      int n = counts.merge(t, 1, Integer::sum);
      if (best == null || n > counts.get(best)) {
        best = t;
      }
    }
    return best;
  }

  /** A key from the text: lower case, spaces and slashes as hyphens, prefixed so it never collides with ours. */
  private static String uniqueKey(String text, Set<String> taken) {
    String base = "corenlp-" + text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s/]+", "-");
    String key = base;
    for (int n = 2; !taken.add(key); n++) {
      key = base + "-" + n;
    }
    return key;
  }

  private static List<Relation> relations(AnnotatedDocument document, Map<String, String> keyByText) {
    String text = document.text();
    Map<String, Relation> out = new LinkedHashMap<>();
    Map<String, String> titles = new HashMap<>(); // sentence + person key → title
    for (KbpTriple t : document.kbpTriples()) {
      String subject = keyByText.get(t.subject().of(text));
      if (t.relation().equals("per:title") && subject != null) {
        titles.putIfAbsent(t.sentence() + "\t" + subject, t.object().of(text));
      }
    }
    for (KbpTriple t : document.kbpTriples()) {
      String subject = keyByText.get(t.subject().of(text));
      String object = keyByText.get(t.object().of(text));
      Span evidence = new Span(Math.min(t.subject().begin(), t.object().begin()), Math.max(t.subject().end(), t.object().end()));
      String rule = "corenlp-kbp/" + t.relation();
      double confidence = Math.max(0, Math.min(1, t.confidence()));
      Relation r = null;
      switch (t.relation()) {
        case "per:employee_or_member_of" -> r = between(subject, object, RelationType.WORKS_FOR, t, evidence, rule, confidence, titles);
        case "org:top_members_employees" -> r = between(object, subject, RelationType.WORKS_FOR, t, evidence, rule, confidence, titles);
        case "org:founded_by" -> r = between(object, subject, RelationType.FOUNDER, t, evidence, rule, confidence, titles);
        case "per:organizations_founded" -> r = between(subject, object, RelationType.FOUNDER, t, evidence, rule, confidence, titles);
        case "org:date_founded" -> {
          Matcher year = YEAR.matcher(t.object().of(text));
          if (subject != null && year.find()) {
            r = new Relation(subject, RelationType.FOUNDING_YEAR, new Relation.LiteralValue(year.group(), GYEAR),
                Optional.empty(), t.sentence(), evidence, rule, confidence);
          }
        }
        default -> LOG.debug("KBP relation {} has no counterpart; dropped", t.relation());
      }
      if (r != null) {
        out.putIfAbsent(r.subject() + "\t" + r.predicate() + "\t" + r.object(), r);
      } else {
        LOG.debug("KBP triple {} in sentence {} not mapped", t.relation(), t.sentence());
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Builds a relation between a person and an organization: WORKS_FOR(person, org) or FOUNDER(org, person).
   *
   * @param person the person's entity key, or null when KBP's end is not one of our entities
   * @param org    the organization's entity key, or null likewise
   */
  private static Relation between(String person, String org, RelationType type, KbpTriple t, Span evidence,
      String rule, double confidence, Map<String, String> titles) {
    if (person == null || org == null) {
      return null;
    }
    if (type == RelationType.WORKS_FOR) {
      Optional<String> title = Optional.ofNullable(titles.get(t.sentence() + "\t" + person));
      return new Relation(person, type, new Relation.EntityValue(org), title, t.sentence(), evidence, rule, confidence);
    }
    return new Relation(org, type, new Relation.EntityValue(person), Optional.empty(), t.sentence(), evidence, rule, confidence);
  }
}
