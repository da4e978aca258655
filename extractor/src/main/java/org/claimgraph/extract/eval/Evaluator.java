package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.ClaimKind;
import org.claimgraph.extract.Entity;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Stance;
import org.claimgraph.extract.eval.EvaluationReport.ClaimRow;
import org.claimgraph.extract.eval.EvaluationReport.ClaimScores;
import org.claimgraph.extract.eval.EvaluationReport.EntityScores;
import org.claimgraph.extract.eval.EvaluationReport.RelationScores;

/**
 * Scores an {@link Extraction} against a {@link Gold}.
 *
 * <ul>
 *   <li><b>Entities</b>: a predicted entity matches a gold entity when one of its labels, aliases or mention texts
 *       equals one of the gold names or labels under {@link MatchKey#name} and the types agree, organization
 *       subtypes counting as ORGANIZATION; one-to-one. Exact subtype agreement is reported apart.</li>
 *   <li><b>Relations</b>, deduplicated by (subject, predicate, object) as the graph asserts each triple once: match when
 *       the predicate is equal and subject and object correspond (an endpoint entity corresponds to the gold entity it
 *       was matched to, or, when it was left unmatched, e.g. for a wrong type, to a gold entity sharing a name;
 *       literals compare under {@link MatchKey#literal}); one-to-one. Qualifier agreement is reported apart.</li>
 *   <li><b>Claims</b>: a prediction finds a gold claim when their spans in the raw file overlap by at least
 *       {@value #MIN_CLAIM_OVERLAP} of the shorter one; one-to-one, largest overlaps first. Among found claims:
 *       claimant, kind and stance right.</li>
 * </ul>
 */
public final class Evaluator {
  /** Share of the shorter span a predicted claim must overlap to find a gold claim. */
  public static final double MIN_CLAIM_OVERLAP = 0.5;

  private final Extraction extraction;
  private final Gold gold;
  private final List<Entity> predicted;
  private final List<Set<String>> predictedKeys = new ArrayList<>();
  private final List<Set<String>> goldKeys = new ArrayList<>();
  private final Map<String, Integer> predictedByKey = new HashMap<>();
  private int[] entityMatch;

  private Evaluator(Extraction extraction, Gold gold) {
    this.extraction = extraction;
    this.gold = gold;
    this.predicted = extraction.entities();
    for (int p = 0; p < predicted.size(); p++) {
      predictedKeys.add(keysOf(predicted.get(p)));
      predictedByKey.putIfAbsent(predicted.get(p).key(), p);
    }
    gold.entities().forEach(g -> goldKeys.add(g.keys()));
  }

  /**
   * @throws IllegalArgumentException when a gold claim's text occurs neither in the document's raw nor its cleaned text
   *     (the gold belongs to another document)
   */
  public static EvaluationReport evaluate(Extraction extraction, Gold gold) {
    Evaluator e = new Evaluator(extraction, gold);
    EntityScores entities = e.scoreEntities();
    return new EvaluationReport(extraction.document().raw().source(), entities, e.scoreRelations(), e.scoreClaims());
  }

  /** The type an entity is scored under: organization subtypes fold into ORGANIZATION. */
  public static EntityType scoredType(EntityType type) {
    return type.isOrganization() ? EntityType.ORGANIZATION : type;
  }

  private static Set<String> keysOf(Entity e) {
    Set<String> keys = new LinkedHashSet<>();
    e.labels().values().forEach(n -> keys.add(MatchKey.name(n)));
    e.aliases().forEach(n -> keys.add(MatchKey.name(n)));
    for (Mention m : e.mentions()) {
      keys.add(MatchKey.name(m.text()));
    }
    keys.remove("");
    return keys;
  }

  private static boolean shareAny(Collection<String> a, Collection<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- entities

  private EntityScores scoreEntities() {
    List<List<Integer>> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      EntityType type = scoredType(predicted.get(p).type());
      List<Integer> matches = new ArrayList<>();
      for (int g = 0; g < goldKeys.size(); g++) {
        if (scoredType(gold.entities().get(g).type()) == type && shareAny(predictedKeys.get(p), goldKeys.get(g))) {
          matches.add(g);
        }
      }
      candidates.add(matches);
    }
    entityMatch = OneToOne.match(candidates, goldKeys.size());

    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // matched, predicted, gold
    int orgMatched = 0;
    int orgExact = 0;
    boolean[] goldFound = new boolean[goldKeys.size()];
    List<String> spurious = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      Entity e = predicted.get(p);
      int[] c = counts.computeIfAbsent(scoredType(e.type()), t -> new int[3]);
      c[1]++;
      int g = entityMatch[p];
      if (g >= 0) {
        c[0]++;
        goldFound[g] = true;
        EntityType goldType = gold.entities().get(g).type();
        if (goldType.isOrganization()) {
          orgMatched++;
          orgExact += goldType == e.type() ? 1 : 0;
        }
      } else {
        spurious.add(e.type() + " " + e.displayLabel() + " (" + e.key() + ")");
      }
    }
    List<String> missed = new ArrayList<>();
    List<String> wrongType = new ArrayList<>();
    for (int g = 0; g < goldKeys.size(); g++) {
      GoldEntity ge = gold.entities().get(g);
      counts.computeIfAbsent(scoredType(ge.type()), t -> new int[3])[2]++;
      if (!goldFound[g]) {
        missed.add(ge.type() + " " + ge.displayName());
        for (int p = 0; p < predicted.size(); p++) {
          if (scoredType(predicted.get(p).type()) != scoredType(ge.type()) && shareAny(predictedKeys.get(p), goldKeys.get(g))) {
            wrongType.add(ge.displayName() + ": gold " + ge.type() + ", predicted " + predicted.get(p).type()
                + " (" + predicted.get(p).key() + ")");
          }
        }
      }
    }
    Map<String, Score> byType = new LinkedHashMap<>();
    Score named = Score.EMPTY;
    Score all = Score.EMPTY;
    for (Map.Entry<EntityType, int[]> row : counts.entrySet()) {
      Score s = new Score(row.getValue()[0], row.getValue()[1], row.getValue()[2]);
      byType.put(row.getKey().name(), s);
      all = all.plus(s);
      if (row.getKey() != EntityType.TOPIC) {
        named = named.plus(s);
      }
    }
    return new EntityScores(byType, named, all, orgMatched, orgExact, missed, spurious, wrongType);
  }

  /** Does predicted entity {@code p} stand for gold entity {@code g}? */
  private boolean corresponds(int p, int g) {
    if (p < 0) {
      return false;
    }
    return entityMatch[p] == g || (entityMatch[p] < 0 && shareAny(predictedKeys.get(p), goldKeys.get(g)));
  }

  // ---------------------------------------------------------------- relations

  /** A predicted relation with its endpoints looked up: entity indices (-1 if unknown) or a literal key. */
  private record Resolved(Relation relation, int subject, int object, String literal) {}

  private RelationScores scoreRelations() {
    Map<String, Resolved> unique = new LinkedHashMap<>();
    for (Relation r : extraction.relations()) {
      int s = predictedByKey.getOrDefault(r.subject(), -1);
      int o = -1;
      String literal = null;
      String objectId;
      if (r.object() instanceof Relation.EntityValue ev) {
        o = predictedByKey.getOrDefault(ev.key(), -1);
        objectId = "entity:" + ev.key();
      } else if (r.object() instanceof Relation.LiteralValue lv) {
        literal = MatchKey.literal(lv.lexical());
        objectId = "literal:" + literal;
      } else {
        literal = MatchKey.literal(((Relation.NamedValue) r.object()).localName());
        objectId = "literal:" + literal;
      }
      unique.putIfAbsent(r.subject() + "\t" + r.predicate() + "\t" + objectId, new Resolved(r, s, o, literal));
    }
    List<Resolved> preds = new ArrayList<>(unique.values());
    List<GoldRelation> golds = gold.relations();
    int[] goldSubject = new int[golds.size()];
    int[] goldObject = new int[golds.size()];
    for (int q = 0; q < golds.size(); q++) {
      goldSubject[q] = gold.entityIndex(golds.get(q).subject()).orElseThrow();
      goldObject[q] = golds.get(q).object().map(o -> gold.entityIndex(o).orElseThrow()).orElse(-1);
    }
    List<List<Integer>> candidates = new ArrayList<>();
    for (Resolved r : preds) {
      List<Integer> c = new ArrayList<>();
      for (int q = 0; q < golds.size(); q++) {
        GoldRelation g = golds.get(q);
        boolean objectMatches = goldObject[q] >= 0
            ? corresponds(r.object, goldObject[q])
            : r.literal != null && r.literal.equals(MatchKey.literal(g.literal().orElseThrow()));
        if (g.predicate() == r.relation.predicate() && corresponds(r.subject, goldSubject[q]) && objectMatches) {
          c.add(q);
        }
      }
      candidates.add(c);
    }
    int[] match = OneToOne.match(candidates, golds.size());

    Map<RelationType, int[]> counts = new EnumMap<>(RelationType.class);
    boolean[] found = new boolean[golds.size()];
    int qualifiersGold = 0;
    int qualifiersAgreeing = 0;
    List<String> spurious = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      Relation r = preds.get(i).relation;
      int[] c = counts.computeIfAbsent(r.predicate(), t -> new int[3]);
      c[1]++;
      if (match[i] >= 0) {
        c[0]++;
        found[match[i]] = true;
        Optional<String> goldQualifier = golds.get(match[i]).qualifier();
        if (goldQualifier.isPresent()) {
          qualifiersGold++;
          qualifiersAgreeing += r.qualifier().map(q -> qualifierAgrees(q, goldQualifier.get())).orElse(false) ? 1 : 0;
        }
      } else {
        spurious.add(display(r));
      }
    }
    List<String> missed = new ArrayList<>();
    for (int q = 0; q < golds.size(); q++) {
      counts.computeIfAbsent(golds.get(q).predicate(), t -> new int[3])[2]++;
      if (!found[q]) {
        missed.add(golds.get(q).display());
      }
    }
    Map<String, Score> byPredicate = new LinkedHashMap<>();
    Score overall = Score.EMPTY;
    for (Map.Entry<RelationType, int[]> row : counts.entrySet()) {
      Score s = new Score(row.getValue()[0], row.getValue()[1], row.getValue()[2]);
      byPredicate.put(row.getKey().name(), s);
      overall = overall.plus(s);
    }
    return new RelationScores(byPredicate, overall, qualifiersGold, qualifiersAgreeing, missed, spurious);
  }

  /** Job titles agree when one contains the other (腾讯企业发展事业群总经理 vs 企业发展事业群总经理). */
  private static boolean qualifierAgrees(String predicted, String gold) {
    String p = MatchKey.name(predicted);
    String g = MatchKey.name(gold);
    return !p.isEmpty() && !g.isEmpty() && (p.contains(g) || g.contains(p));
  }

  private String display(Relation r) {
    String object;
    if (r.object() instanceof Relation.EntityValue ev) {
      object = entityLabel(ev.key());
    } else if (r.object() instanceof Relation.LiteralValue lv) {
      object = '"' + lv.lexical() + '"';
    } else {
      object = ((Relation.NamedValue) r.object()).localName();
    }
    return r.predicate() + "(" + entityLabel(r.subject()) + ", " + object + ") [" + r.rule() + "]";
  }

  private String entityLabel(String key) {
    Integer p = predictedByKey.get(key);
    return p == null ? key + "?" : predicted.get(p).displayLabel();
  }

  // ---------------------------------------------------------------- claims

  private ClaimScores scoreClaims() {
    String raw = extraction.document().raw().text();
    String clean = extraction.document().text();
    List<GoldClaim> golds = gold.claims();
    List<Span> goldSpans = new ArrayList<>();
    for (int q = 0; q < golds.size(); q++) {
      String text = golds.get(q).text();
      int at = raw.indexOf(text);
      if (at >= 0) {
        goldSpans.add(new Span(at, at + text.length()));
        continue;
      }
      at = clean.indexOf(text);
      if (at < 0) {
        throw new IllegalArgumentException("gold claim $.claims[" + q + "] '" + golds.get(q).shortText() + "' occurs nowhere in "
            + extraction.document().raw().source() + "; is the gold for another document?");
      }
      goldSpans.add(extraction.document().offsets().toRaw(new Span(at, at + text.length())));
    }
    List<Claim> preds = extraction.claims();
    List<List<Integer>> candidates = new ArrayList<>();
    for (Claim c : preds) {
      Span span = extraction.document().offsets().toRaw(c.span());
      List<Integer> matches = new ArrayList<>();
      Map<Integer, Integer> overlap = new HashMap<>();
      for (int q = 0; q < goldSpans.size(); q++) {
        int o = overlap(span, goldSpans.get(q));
        if (o > 0 && o >= MIN_CLAIM_OVERLAP * Math.min(span.length(), goldSpans.get(q).length())) {
          matches.add(q);
          overlap.put(q, o);
        }
      }
      matches.sort(Comparator.comparing((Integer q) -> -overlap.get(q)).thenComparing(q -> q));
      candidates.add(matches);
    }
    int[] match = OneToOne.match(candidates, golds.size());
    int[] goldToPred = new int[golds.size()];
    Arrays.fill(goldToPred, -1);
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        goldToPred[match[i]] = i;
      }
    }

    Map<ClaimKind, int[]> byKind = new EnumMap<>(ClaimKind.class); // gold, found, claimant, kind, stance
    int[] attributed = new int[5];
    int[] all = new int[5];
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    for (Stance s : Stance.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (Stance t : Stance.values()) {
        row.put(t.name(), 0);
      }
      confusion.put(s.name(), row);
    }
    List<String> missed = new ArrayList<>();
    List<String> wrongClaimant = new ArrayList<>();
    List<String> wrongKind = new ArrayList<>();
    List<String> wrongStance = new ArrayList<>();
    for (int q = 0; q < golds.size(); q++) {
      GoldClaim g = golds.get(q);
      int[] outcome = new int[5];
      outcome[0] = 1;
      int i = goldToPred[q];
      if (i < 0) {
        missed.add(g.kind() + " " + g.claimant() + ": " + g.shortText());
      } else {
        Claim c = preds.get(i);
        outcome[1] = 1;
        if (claimantRight(c.claimant(), g)) {
          outcome[2] = 1;
        } else {
          wrongClaimant.add(g.shortText() + ": gold " + g.claimant() + ", predicted " + c.claimant().description()
              + c.claimant().entityKey().map(k -> " (" + k + ")").orElse("")
              + " [" + claimantError(c.claimant(), g) + "]");
        }
        if (c.kind() == g.kind()) {
          outcome[3] = 1;
        } else {
          wrongKind.add(g.shortText() + ": gold " + g.kind() + ", predicted " + c.kind());
        }
        if (c.stance() == g.stance()) {
          outcome[4] = 1;
        } else {
          wrongStance.add(g.shortText() + ": gold " + g.stance() + ", predicted " + c.stance()
              + c.stanceCue().map(cue -> " (cue " + cue + ")").orElse(""));
        }
        confusion.get(g.stance().name()).merge(c.stance().name(), 1, Integer::sum);
      }
      add(byKind.computeIfAbsent(g.kind(), k -> new int[5]), outcome);
      add(all, outcome);
      if (!gold.isAuthor(g.claimant())) {
        add(attributed, outcome);
      }
    }
    List<String> spurious = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      if (match[i] < 0) {
        Claim c = preds.get(i);
        spurious.add(c.kind() + " " + c.claimant().description() + ": "
            + (c.text().length() <= 24 ? c.text() : c.text().substring(0, 23) + "…") + " [" + c.rule() + "]");
      }
    }
    Map<String, ClaimRow> kindRows = new LinkedHashMap<>();
    byKind.forEach((k, v) -> kindRows.put(k.name(), row(v)));
    return new ClaimScores(kindRows, row(attributed), row(all), preds.size(), confusion,
        missed, wrongClaimant, wrongKind, wrongStance, spurious);
  }

  private static void add(int[] into, int[] outcome) {
    for (int i = 0; i < into.length; i++) {
      into[i] += outcome[i];
    }
  }

  private static ClaimRow row(int[] c) {
    return new ClaimRow(c[0], c[1], c[2], c[3], c[4]);
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }

  /**
   * Why a found claim's claimant is wrong, in a few kinds that point at the stage to blame: the speaker was never
   * extracted as an entity, or was but another one got the claim, or the claim went to a description or the author.
   */
  String claimantError(Claim.Claimant claimant, GoldClaim g) {
    Optional<Integer> goldSpeaker = gold.entityIndex(g.claimant());
    if (goldSpeaker.isPresent() && !extractedAsEntity(goldSpeaker.get())) {
      return "speaker not extracted";
    }
    if (claimant.entityKey().isEmpty()) {
      return "given to a description or the author";
    }
    int p = predictedByKey.getOrDefault(claimant.entityKey().get(), -1);
    for (int e = 0; e < gold.entities().size(); e++) {
      if (corresponds(p, e)) {
        return "given to another entity of the gold";
      }
    }
    return "given to an entity not in the gold";
  }

  private boolean extractedAsEntity(int goldEntity) {
    for (int p = 0; p < predicted.size(); p++) {
      if (corresponds(p, goldEntity)) {
        return true;
      }
    }
    return false;
  }

  /** Right when the predicted claimant stands for the gold claimant or one of its aliases: same entity or same group. */
  private boolean claimantRight(Claim.Claimant claimant, GoldClaim g) {
    List<String> accepted = new ArrayList<>();
    accepted.add(g.claimant());
    accepted.addAll(g.claimantAliases());
    int p = claimant.entityKey().map(k -> predictedByKey.getOrDefault(k, -1)).orElse(-1);
    String description = MatchKey.name(claimant.description());
    for (String name : accepted) {
      Optional<Integer> entity = gold.entityIndex(name);
      if (entity.isPresent()) {
        if (corresponds(p, entity.get()) || goldKeys.get(entity.get()).contains(description)) {
          return true;
        }
      } else if (MatchKey.name(name).equals(description)) {
        return true;
      }
    }
    return false;
  }
}
