package org.claimgraph.extract.claim;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.Stance;
import org.claimgraph.extract.lexicon.TabFile;

/**
 * A claim's stance on open versus proprietary AI, from the cue lexicon {@code stance-cues.tsv}, read clause by
 * clause with negation (see the file for the decision order). Returns the stance and the cue that decided it.
 */
public final class StanceClassifier {
  static final String RESOURCE = "stance-cues.tsv";

  enum CueClass { OPEN, CLOSED, BOTH, BALANCED, ADVOCATE, OPPOSE, POSITIVE, NEGATIVE, NEGATOR }

  /** The stance and, unless NEUTRAL, the cue that decided it (e.g. {@code 开源…没有意义}). */
  public record Decision(Stance stance, Optional<String> cue) {
    static final Decision NEUTRAL = new Decision(Stance.NEUTRAL, Optional.empty());
  }

  /** How far (in characters) an act may stand before the side it acts on: 禁止AI模型中使用开源. */
  private static final int ACT_REACH = 10;
  /** How far a negator may stand before what it negates: 根本没有 意义, 并不 危险. */
  private static final int NEGATION_REACH = 3;
  /** A side named right after 比 is what the claim compares against, not what it is about. */
  private static final int COMPARISON_REACH = 6;
  private static final String CLAUSE_ENDS = "，,。；;！!？?：:\n";

  private final Phrases<CueClass> cues;

  StanceClassifier(Map<String, CueClass> cues) {
    this.cues = new Phrases<>(cues);
  }

  public static StanceClassifier load() {
    Map<String, CueClass> cues = new LinkedHashMap<>();
    for (TabFile.Row row : TabFile.read(StanceClassifier.class, RESOURCE, 2)) {
      try {
        if (cues.put(row.cell(0), CueClass.valueOf(row.cell(1))) != null) {
          throw row.error("duplicate stance cue '" + row.cell(0) + "'");
        }
      } catch (IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(row.file())) {
          throw e;
        }
        throw row.error("unknown cue class '" + row.cell(1) + "' (use one of " + List.of(CueClass.values()) + ")");
      }
    }
    return new StanceClassifier(cues);
  }

  /** Whether the text names open or proprietary models, or both (a thesis on the debate). */
  public boolean namesSide(String text) {
    return cues.find(text, 0).stream().anyMatch(f -> f.value() == CueClass.OPEN || f.value() == CueClass.CLOSED
        || f.value() == CueClass.BOTH || f.value() == CueClass.BALANCED);
  }

  /** Reads one text: a claim, or all parts of a quotation interrupted by its attribution. */
  public Decision classify(String text) {
    List<Phrases.Found<CueClass>> found = cues.find(text, 0);
    for (Phrases.Found<CueClass> f : found) {
      if (f.value() == CueClass.BALANCED) {
        return new Decision(Stance.BALANCED, Optional.of(f.text()));
      }
    }
    Map<Stance, String> votes = new LinkedHashMap<>();
    int clauseStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int from = clauseStart;
      int to = i;
      List<Phrases.Found<CueClass>> clause = found.stream()
          .filter(f -> f.span().begin() >= from && f.span().end() <= to).toList();
      clauseVote(text, clause).ifPresent(d -> votes.putIfAbsent(d.stance(), d.cue().orElse("")));
      clauseStart = i + 1;
    }
    if (votes.containsKey(Stance.BALANCED)
        || (votes.containsKey(Stance.PRO_OPEN) && votes.containsKey(Stance.PRO_PROPRIETARY))) {
      String cue = votes.containsKey(Stance.BALANCED) ? votes.get(Stance.BALANCED)
          : votes.get(Stance.PRO_PROPRIETARY) + "；" + votes.get(Stance.PRO_OPEN);
      return new Decision(Stance.BALANCED, Optional.of(cue));
    }
    if (votes.size() == 1) {
      Map.Entry<Stance, String> v = votes.entrySet().iterator().next();
      return new Decision(v.getKey(), Optional.of(v.getValue()));
    }
    // No clause decides: one side named somewhere and an evaluation somewhere else in the claim.
    return sideWithEvaluation(text, found).orElse(Decision.NEUTRAL);
  }

  private Optional<Decision> clauseVote(String text, List<Phrases.Found<CueClass>> clause) {
    // An act on a side decides the clause: 需要开源, 选择封闭, 禁止…使用开源, 不支持开源.
    for (int k = 0; k < clause.size(); k++) {
      Phrases.Found<CueClass> act = clause.get(k);
      if (act.value() != CueClass.ADVOCATE && act.value() != CueClass.OPPOSE) {
        continue;
      }
      for (int j = k + 1; j < clause.size(); j++) {
        Phrases.Found<CueClass> side = clause.get(j);
        if (side.span().begin() - act.span().end() > ACT_REACH) {
          break;
        }
        if (side.value() == CueClass.BOTH) {
          return Optional.of(new Decision(Stance.BALANCED, Optional.of(act.text() + "…" + side.text())));
        }
        if (side.value() == CueClass.OPEN || side.value() == CueClass.CLOSED) {
          boolean forIt = (act.value() == CueClass.ADVOCATE) != negated(clause, k);
          boolean open = side.value() == CueClass.OPEN;
          Stance s = forIt == open ? Stance.PRO_OPEN : Stance.PRO_PROPRIETARY;
          return Optional.of(new Decision(s, Optional.of(cueText(text, clause, k) + "…" + side.text())));
        }
      }
    }
    Set<CueClass> sides = sides(text, clause);
    int net = net(clause);
    int firstEvaluation = first(clause, net);
    if (net == 0) {
      return Optional.empty();
    }
    if (sides.contains(CueClass.BOTH) || sides.containsAll(EnumSet.of(CueClass.OPEN, CueClass.CLOSED))) {
      return net > 0
          ? Optional.of(new Decision(Stance.BALANCED, Optional.of(cueText(text, clause, firstEvaluation))))
          : Optional.empty();
    }
    if (sides.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(decide(sides.iterator().next(), net, sideText(clause) + "…" + cueText(text, clause, firstEvaluation)));
  }

  private Optional<Decision> sideWithEvaluation(String text, List<Phrases.Found<CueClass>> found) {
    Set<CueClass> sides = sides(text, found);
    if (sides.size() != 1 || sides.contains(CueClass.BOTH)) {
      return Optional.empty();
    }
    int net = net(found);
    int first = first(found, net);
    if (net == 0) {
      return Optional.empty();
    }
    return Optional.of(decide(sides.iterator().next(), net, sideText(found) + "…" + cueText(text, found, first)));
  }

  private static int net(List<Phrases.Found<CueClass>> cues) {
    int net = 0;
    for (int k = 0; k < cues.size(); k++) {
      net += sign(cues, k);
    }
    return net;
  }

  /** The first evaluation pointing the way the net does: the cue to record. */
  private static int first(List<Phrases.Found<CueClass>> cues, int net) {
    for (int k = 0; k < cues.size(); k++) {
      if (sign(cues, k) != 0 && Integer.signum(sign(cues, k)) == Integer.signum(net)) {
        return k;
      }
    }
    return -1;
  }

  private static Decision decide(CueClass side, int net, String cue) {
    boolean open = side == CueClass.OPEN;
    return new Decision((net > 0) == open ? Stance.PRO_OPEN : Stance.PRO_PROPRIETARY, Optional.of(cue));
  }

  /** +1 for a positive evaluation, -1 for a negative one, flipped by a negator right before it; 0 otherwise. */
  private static int sign(List<Phrases.Found<CueClass>> cues, int k) {
    CueClass c = cues.get(k).value();
    int sign = c == CueClass.POSITIVE ? 1 : c == CueClass.NEGATIVE ? -1 : 0;
    return negated(cues, k) ? -sign : sign;
  }

  private static boolean negated(List<Phrases.Found<CueClass>> cues, int k) {
    if (k == 0) {
      return false;
    }
    Phrases.Found<CueClass> before = cues.get(k - 1);
    return before.value() == CueClass.NEGATOR
        && cues.get(k).span().begin() - before.span().end() <= NEGATION_REACH;
  }

  /** The cue as written, with its negator when one flipped it (并不危险). */
  private static String cueText(String text, List<Phrases.Found<CueClass>> cues, int k) {
    Phrases.Found<CueClass> c = cues.get(k);
    if (negated(cues, k)) {
      return text.substring(cues.get(k - 1).span().begin(), c.span().end());
    }
    return c.text();
  }

  private static String sideText(List<Phrases.Found<CueClass>> cues) {
    return cues.stream().filter(f -> f.value() == CueClass.OPEN || f.value() == CueClass.CLOSED).findFirst()
        .map(Phrases.Found::text).orElse("");
  }

  /** The sides a stretch names, leaving out a side right after 比 (the thing compared against). */
  private static Set<CueClass> sides(String text, List<Phrases.Found<CueClass>> cues) {
    Set<CueClass> sides = EnumSet.noneOf(CueClass.class);
    for (Phrases.Found<CueClass> f : cues) {
      if (f.value() != CueClass.OPEN && f.value() != CueClass.CLOSED && f.value() != CueClass.BOTH) {
        continue;
      }
      int b = f.span().begin();
      int comparison = text.lastIndexOf('比', b - 1);
      if (comparison >= 0 && b - comparison <= COMPARISON_REACH && CLAUSE_ENDS.chars()
          .noneMatch(ch -> text.substring(comparison, b).indexOf(ch) >= 0)) {
        continue;
      }
      sides.add(f.value());
    }
    return sides;
  }
}
