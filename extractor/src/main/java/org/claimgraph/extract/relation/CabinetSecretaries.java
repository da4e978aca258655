package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;

/**
 * A department's head named by the department's field, as American news and readouts write cabinet members:
 * Secretary of Commerce Jane Doe, Commerce Secretary Jane Doe, Secretary of Homeland Security John Roe. The field alone
 * names no organization, so the head works for the department the article names in full (the Department of Commerce,
 * the Commerce Department), titled as written; with no such department named, nothing.
 */
final class CabinetSecretaries {
  static final String RULE = "roles.cabinet-secretary";
  static final double CONFIDENCE = 0.8;

  /** The field: one to three capitalised words (Commerce, Homeland Security, Health and Human Services). */
  private static final String FIELD = "[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}";
  /** Secretary of Commerce, right before the name. */
  private static final Pattern SECRETARY_OF = Pattern.compile("(?:Deputy |Acting |Former |former )?Secretary of "
      + "(?:the )?(?<field>" + FIELD + ") $");
  /** Commerce Secretary, right before the name. */
  private static final Pattern FIELD_SECRETARY = Pattern.compile("(?<![A-Za-z])(?<field>" + FIELD + ") Secretary $");

  private CabinetSecretaries() {}

  static List<Relation> find(List<TaggedSentence> sentences, List<Entity> entities) {
    List<Relation> out = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      int base = s.sentence().span().begin();
      for (Referent person : s.referents()) {
        if (person.type() != EntityType.PERSON || person.anaphor()) {
          continue;
        }
        int at = person.span().begin() - base;
        String before = s.text().substring(Math.max(0, at - 60), Math.max(0, at));
        Matcher m = SECRETARY_OF.matcher(before);
        if (!m.find()) {
          m = FIELD_SECRETARY.matcher(before);
          if (!m.find()) {
            continue;
          }
        }
        String field = m.group("field");
        String title = m.group().strip();
        int titleAt = person.span().begin() - before.length() + m.start();
        departmentOf(field, entities).ifPresent(department -> out.add(new Relation(person.entityKey(),
            RelationType.WORKS_FOR, new Relation.EntityValue(department.key()), Optional.of(title), s.index(),
            new Span(titleAt, person.span().end()), RULE, CONFIDENCE)));
      }
    }
    return out;
  }

  /** The organization named "Department of {field}" or "{field} Department" (perhaps with its country first). */
  private static Optional<Entity> departmentOf(String field, List<Entity> entities) {
    String f = field.toLowerCase(Locale.ROOT);
    for (Entity e : entities) {
      if (!e.type().isOrganization()) {
        continue;
      }
      for (String name : e.names()) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith("department of " + f) || n.endsWith("department of the " + f)
            || n.endsWith(f + " department")) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
