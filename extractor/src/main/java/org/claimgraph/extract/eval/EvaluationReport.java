package org.claimgraph.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one extraction against one gold standard, with the errors behind them.
 * Render with {@link #toText()}, {@link #toMarkdown()}, {@link #toDetailsText()} or {@link #toJson()}.
 *
 * @param document the scored document's source
 */
public record EvaluationReport(String document, EntityScores entities, RelationScores relations, ClaimScores claims) {
  public EvaluationReport {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(relations, "relations");
    Objects.requireNonNull(claims, "claims");
  }

  /**
   * @param byType                    one row per scored type (organization subtypes folded into ORGANIZATION)
   * @param named                     every type but TOPIC
   * @param all                       every type
   * @param organizationsMatched      matched gold organizations
   * @param organizationsExactSubtype of those, how many the prediction gave the gold subtype exactly
   * @param missed                    gold entities no prediction matched
   * @param spurious                  predictions that matched no gold entity
   * @param wrongType                 missed gold entities that a prediction named with another type
   */
  public record EntityScores(
      Map<String, Score> byType,
      Score named,
      Score all,
      int organizationsMatched,
      int organizationsExactSubtype,
      List<String> missed,
      List<String> spurious,
      List<String> wrongType) {
    public EntityScores {
      byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
      wrongType = List.copyOf(wrongType);
    }

    public Score byType(String type) {
      return byType.getOrDefault(type, Score.EMPTY);
    }
  }

  /**
   * @param qualifiersGold      matched relations whose gold has a qualifier
   * @param qualifiersAgreeing  of those, how many predicted a qualifier that equals or contains the gold one (or is contained)
   */
  public record RelationScores(
      Map<String, Score> byPredicate,
      Score overall,
      int qualifiersGold,
      int qualifiersAgreeing,
      List<String> missed,
      List<String> spurious) {
    public RelationScores {
      byPredicate = Collections.unmodifiableMap(new LinkedHashMap<>(byPredicate));
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }

    public Score byPredicate(String predicate) {
      return byPredicate.getOrDefault(predicate, Score.EMPTY);
    }
  }

  /**
   * Counts over a set of gold claims.
   *
   * @param found         gold claims a prediction found (span overlap)
   * @param claimantRight found claims whose predicted claimant is right
   */
  public record ClaimRow(int gold, int found, int claimantRight, int kindRight, int stanceRight) {
    public ClaimRow {
      if (found > gold || claimantRight > found || kindRight > found || stanceRight > found) {
        throw new IllegalArgumentException("Illegal claim counts gold=" + gold + " found=" + found + " claimant="
            + claimantRight + " kind=" + kindRight + " stance=" + stanceRight);
      }
    }

    /** Found over gold. */
    public double spanRecall() {
      return ratio(found, gold);
    }

    /** Claimant right over found. */
    public double claimantAccuracy() {
      return ratio(claimantRight, found);
    }

    /** Found with the right claimant, over gold: the "found with the right claimant" target. */
    public double foundWithClaimant() {
      return ratio(claimantRight, gold);
    }

    public double kindAccuracy() {
      return ratio(kindRight, found);
    }

    /** Stance right over found. */
    public double stanceAccuracy() {
      return ratio(stanceRight, found);
    }
  }

  /**
   * @param byKind          one row per gold claim kind
   * @param attributed      gold claims whose claimant is not the author: quotations and attributed statements
   * @param all             every gold claim
   * @param predicted       how many claims were predicted
   * @param stanceConfusion gold stance → predicted stance → count, over found claims
   */
  public record ClaimScores(
      Map<String, ClaimRow> byKind,
      ClaimRow attributed,
      ClaimRow all,
      int predicted,
      Map<String, Map<String, Integer>> stanceConfusion,
      List<String> missed,
      List<String> wrongClaimant,
      List<String> wrongKind,
      List<String> wrongStance,
      List<String> spurious) {
    public ClaimScores {
      byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
      stanceConfusion = Collections.unmodifiableMap(new LinkedHashMap<>(stanceConfusion));
      missed = List.copyOf(missed);
      wrongClaimant = List.copyOf(wrongClaimant);
      wrongKind = List.copyOf(wrongKind);
      wrongStance = List.copyOf(wrongStance);
      spurious = List.copyOf(spurious);
    }

    /** Share of predicted claims that found a gold claim. */
    public double precision() {
      return ratio(all.found(), predicted);
    }
  }

  static double ratio(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }

  // ---------------------------------------------------------------- rendering

  TextTable entityTable() {
    TextTable t = new TextTable("entity type", "gold", "predicted", "matched", "precision", "recall", "F1");
    entities.byType.forEach((type, s) -> scoreRow(t, type, s));
    scoreRow(t, "named (all but TOPIC)", entities.named);
    scoreRow(t, "all", entities.all);
    return t;
  }

  TextTable relationTable() {
    TextTable t = new TextTable("predicate", "gold", "predicted", "matched", "precision", "recall", "F1");
    relations.byPredicate.forEach((p, s) -> scoreRow(t, p, s));
    scoreRow(t, "all", relations.overall);
    return t;
  }

  TextTable claimTable() {
    TextTable t = new TextTable("claims (gold kind)", "gold", "found", "span recall", "claimant right",
        "found with claimant", "kind acc.", "stance acc.");
    claims.byKind.forEach((k, r) -> claimRow(t, k, r));
    claimRow(t, "attributed (not the author)", claims.attributed);
    claimRow(t, "all", claims.all);
    return t;
  }

  TextTable stanceTable() {
    TextTable t = new TextTable("gold ↓ predicted →", "PRO_OPEN", "PRO_PROPRIETARY", "BALANCED", "NEUTRAL");
    claims.stanceConfusion.forEach((g, row) ->
        t.row(g, row.get("PRO_OPEN"), row.get("PRO_PROPRIETARY"), row.get("BALANCED"), row.get("NEUTRAL")));
    return t;
  }

  private static void scoreRow(TextTable t, String label, Score s) {
    t.row(label, s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.f1());
  }

  private static void claimRow(TextTable t, String label, ClaimRow r) {
    t.row(label, r.gold(), r.found(), r.spanRecall(), r.claimantAccuracy(), r.foundWithClaimant(),
        r.kindAccuracy(), r.stanceAccuracy());
  }

  private String subtypeLine() {
    return "Organization subtype agreement: " + entities.organizationsExactSubtype + " of " + entities.organizationsMatched
        + " matched organizations (" + TextTable.fixed(ratio(entities.organizationsExactSubtype, entities.organizationsMatched)) + ")";
  }

  private String qualifierLine() {
    return "Qualifier agreement: " + relations.qualifiersAgreeing + " of " + relations.qualifiersGold
        + " matched relations with a gold qualifier (" + TextTable.fixed(ratio(relations.qualifiersAgreeing, relations.qualifiersGold)) + ")";
  }

  private String claimPrecisionLine() {
    return "Precision of predicted claims: " + claims.all.found() + " of " + claims.predicted + " found a gold claim ("
        + TextTable.fixed(claims.precision()) + ")";
  }

  /** The score tables as aligned plain text, for a terminal. */
  public String toText() {
    return "Evaluation of " + document + "\n\n"
        + "Entities (one-to-one by normalised name and type; organization subtypes scored as ORGANIZATION)\n"
        + entityTable().toText() + subtypeLine() + "\n\n"
        + "Relations (deduplicated; subject, predicate and object must match; one-to-one)\n"
        + relationTable().toText() + qualifierLine() + "\n\n"
        + "Claims (found = span overlap >= " + (int) (Evaluator.MIN_CLAIM_OVERLAP * 100) + "% of the shorter; accuracies among found)\n"
        + claimTable().toText() + claimPrecisionLine() + "\n\n"
        + "Stance of found claims (rows gold, columns predicted)\n" + stanceTable().toText();
  }

  /** The score tables as GitHub Markdown, for the README and docs/evaluation.md. */
  public String toMarkdown() {
    return "**Entities** (one-to-one by normalised name and type; organization subtypes scored as ORGANIZATION)\n\n"
        + entityTable().toMarkdown() + "\n" + subtypeLine() + "\n\n"
        + "**Relations** (deduplicated; subject, predicate and object must match; one-to-one)\n\n"
        + relationTable().toMarkdown() + "\n" + qualifierLine() + "\n\n"
        + "**Claims** (found = span overlap ≥ " + (int) (Evaluator.MIN_CLAIM_OVERLAP * 100) + "% of the shorter; accuracies among found)\n\n"
        + claimTable().toMarkdown() + "\n" + claimPrecisionLine() + "\n\n"
        + "**Stance of found claims** (rows gold, columns predicted)\n\n" + stanceTable().toMarkdown();
  }

  /** Every error behind the scores, one per line, grouped: what the write-up of remaining errors is made from. */
  public String toDetailsText() {
    StringBuilder out = new StringBuilder();
    section(out, "Entities missed", entities.missed);
    section(out, "Entities with a wrong type", entities.wrongType);
    section(out, "Entities predicted but not in the gold", entities.spurious);
    section(out, "Relations missed", relations.missed);
    section(out, "Relations predicted but not in the gold", relations.spurious);
    section(out, "Claims missed", claims.missed);
    section(out, "Claims with a wrong claimant", claims.wrongClaimant);
    section(out, "Claims with a wrong kind", claims.wrongKind);
    section(out, "Claims with a wrong stance", claims.wrongStance);
    section(out, "Claims predicted but not in the gold", claims.spurious);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> items) {
    out.append(title).append(" (").append(items.size()).append(")\n");
    items.forEach(i -> out.append("  ").append(i).append('\n'));
    out.append('\n');
  }

  /** Everything, scores and errors, as pretty-printed JSON; undefined ratios are null. */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("document", document);

    ObjectNode e = root.putObject("entities");
    ObjectNode byType = e.putObject("byType");
    entities.byType.forEach((k, s) -> byType.set(k, score(mapper, s)));
    e.set("named", score(mapper, entities.named));
    e.set("all", score(mapper, entities.all));
    e.put("organizationsMatched", entities.organizationsMatched);
    e.put("organizationsExactSubtype", entities.organizationsExactSubtype);
    strings(e.putArray("missed"), entities.missed);
    strings(e.putArray("wrongType"), entities.wrongType);
    strings(e.putArray("spurious"), entities.spurious);

    ObjectNode r = root.putObject("relations");
    ObjectNode byPredicate = r.putObject("byPredicate");
    relations.byPredicate.forEach((k, s) -> byPredicate.set(k, score(mapper, s)));
    r.set("all", score(mapper, relations.overall));
    r.put("qualifiersGold", relations.qualifiersGold);
    r.put("qualifiersAgreeing", relations.qualifiersAgreeing);
    strings(r.putArray("missed"), relations.missed);
    strings(r.putArray("spurious"), relations.spurious);

    ObjectNode c = root.putObject("claims");
    ObjectNode byKind = c.putObject("byKind");
    claims.byKind.forEach((k, row) -> byKind.set(k, claimRow(mapper, row)));
    c.set("attributed", claimRow(mapper, claims.attributed));
    c.set("all", claimRow(mapper, claims.all));
    c.put("predicted", claims.predicted);
    ratio(c, "precision", claims.precision());
    c.set("stanceConfusion", mapper.valueToTree(claims.stanceConfusion));
    strings(c.putArray("missed"), claims.missed);
    strings(c.putArray("wrongClaimant"), claims.wrongClaimant);
    strings(c.putArray("wrongKind"), claims.wrongKind);
    strings(c.putArray("wrongStance"), claims.wrongStance);
    strings(c.putArray("spurious"), claims.spurious);
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException("Cannot write the report as JSON", ex);
    }
  }

  private static ObjectNode score(ObjectMapper mapper, Score s) {
    ObjectNode n = mapper.createObjectNode();
    n.put("gold", s.gold());
    n.put("predicted", s.predicted());
    n.put("matched", s.matched());
    ratio(n, "precision", s.precision());
    ratio(n, "recall", s.recall());
    ratio(n, "f1", s.f1());
    return n;
  }

  private static ObjectNode claimRow(ObjectMapper mapper, ClaimRow row) {
    ObjectNode n = mapper.createObjectNode();
    n.put("gold", row.gold());
    n.put("found", row.found());
    n.put("claimantRight", row.claimantRight());
    n.put("kindRight", row.kindRight());
    n.put("stanceRight", row.stanceRight());
    ratio(n, "spanRecall", row.spanRecall());
    ratio(n, "claimantAccuracy", row.claimantAccuracy());
    ratio(n, "foundWithClaimant", row.foundWithClaimant());
    ratio(n, "kindAccuracy", row.kindAccuracy());
    ratio(n, "stanceAccuracy", row.stanceAccuracy());
    return n;
  }

  private static void ratio(ObjectNode n, String field, double value) {
    if (Double.isNaN(value)) {
      n.putNull(field);
    } else {
      n.put(field, value);
    }
  }

  private static void strings(ArrayNode array, List<String> items) {
    items.forEach(array::add);
  }
}
