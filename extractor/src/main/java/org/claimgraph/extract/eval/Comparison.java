package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Several systems' reports on the same gold, side by side (e.g. CoreNLP alone next to claimgraph), one column per
 * system: entity F1 by type, relation P/R/F1 and F1 by predicate, and the claim figures.
 */
public final class Comparison {
  private final Map<String, EvaluationReport> reports;

  private Comparison(Map<String, EvaluationReport> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("A comparison needs at least one report");
    }
    this.reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
  }

  /** @param reports system name → its report, in column order */
  public static Comparison of(Map<String, EvaluationReport> reports) {
    return new Comparison(reports);
  }

  public String toText() {
    return table().toText();
  }

  public String toMarkdown() {
    return table().toMarkdown();
  }

  private TextTable table() {
    List<String> header = new ArrayList<>();
    header.add("metric");
    header.addAll(reports.keySet());
    TextTable t = new TextTable(header.toArray(String[]::new));
    Set<String> types = new LinkedHashSet<>();
    Set<String> predicates = new LinkedHashSet<>();
    reports.values().forEach(r -> {
      types.addAll(r.entities().byType().keySet());
      predicates.addAll(r.relations().byPredicate().keySet());
    });
    for (String type : types) {
      row(t, "entity F1 " + type, r -> r.entities().byType(type).f1());
    }
    row(t, "entity F1 named (all but TOPIC)", r -> r.entities().named().f1());
    row(t, "relation precision", r -> r.relations().overall().precision());
    row(t, "relation recall", r -> r.relations().overall().recall());
    row(t, "relation F1", r -> r.relations().overall().f1());
    for (String predicate : predicates) {
      row(t, "relation F1 " + predicate, r -> r.relations().byPredicate(predicate).f1());
    }
    row(t, "claims found (all)", r -> r.claims().all().spanRecall());
    row(t, "attributed claims found with right claimant", r -> r.claims().attributed().foundWithClaimant());
    row(t, "claimant accuracy (found)", r -> r.claims().all().claimantAccuracy());
    row(t, "stance accuracy (found)", r -> r.claims().all().stanceAccuracy());
    row(t, "claim precision", r -> r.claims().precision());
    return t;
  }

  private void row(TextTable t, String metric, Function<EvaluationReport, Double> value) {
    List<Object> cells = new ArrayList<>();
    cells.add(metric);
    reports.values().forEach(r -> cells.add(value.apply(r)));
    t.row(cells.toArray());
  }
}
