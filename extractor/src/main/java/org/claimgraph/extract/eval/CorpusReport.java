package org.claimgraph.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Scores over a corpus: the headline metrics of each document's {@link EvaluationReport} and their macro averages
 * (the mean over the documents where a metric is defined, so a document without relations does not count as 0 or 1
 * for relations). Documents whose extraction failed are listed with the reason, so a macro average over fewer
 * documents never passes for the whole corpus's.
 */
public record CorpusReport(String name, List<EvaluationReport> documents, Map<String, String> notScored) {
  public CorpusReport {
    documents = List.copyOf(documents);
    notScored = new LinkedHashMap<>(notScored);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("Corpus " + name + " has no scored document");
    }
  }

  public CorpusReport(String name, List<EvaluationReport> documents) {
    this(name, documents, Map.of());
  }

  /** The figures a corpus is judged by, each read off one document's report. */
  public enum Metric {
    ENTITY_RECALL("entity recall", "named entities found with the right type", r -> r.entities().named().recall()),
    ENTITY_PRECISION("entity precision", "named entities predicted that are right", r -> r.entities().named().precision()),
    ENTITY_F1("entity F1", "named entities", r -> r.entities().named().f1()),
    RELATION_RECALL("relation recall", "relations found with the right predicate", r -> r.relations().overall().recall()),
    RELATION_PRECISION("relation precision", "relations predicted that are right",
        r -> r.relations().overall().precision()),
    ATTRIBUTED_WITH_CLAIMANT("attributed claims w/ claimant", "attributed claims found with the right claimant",
        r -> r.claims().attributed().foundWithClaimant()),
    CLAIM_RECALL("claim recall", "claims found", r -> r.claims().all().spanRecall()),
    CLAIM_PRECISION("claim precision", "predicted claims that found a gold claim", r -> r.claims().precision());

    private final String label;
    private final String description;
    private final ToDoubleFunction<EvaluationReport> value;

    Metric(String label, String description, ToDoubleFunction<EvaluationReport> value) {
      this.label = label;
      this.description = description;
      this.value = value;
    }

    public String label() {
      return label;
    }

    public String description() {
      return description;
    }

    public double of(EvaluationReport report) {
      return value.applyAsDouble(report);
    }
  }

  /** The mean of the metric over the documents where it is defined; NaN when it is defined for none. */
  public double macro(Metric metric) {
    return documents.stream().mapToDouble(metric::of).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
  }

  private TextTable table() {
    List<String> header = new ArrayList<>();
    header.add("document");
    for (Metric m : Metric.values()) {
      header.add(m.label());
    }
    TextTable t = new TextTable(header.toArray(String[]::new));
    for (EvaluationReport r : documents) {
      List<Object> row = new ArrayList<>();
      row.add(shortName(r.document()));
      for (Metric m : Metric.values()) {
        row.add(m.of(r));
      }
      t.row(row.toArray());
    }
    List<Object> macro = new ArrayList<>();
    macro.add("macro average (" + documents.size() + " documents"
        + (notScored.isEmpty() ? "" : "; " + notScored.size() + " not scored") + ")");
    for (Metric m : Metric.values()) {
      macro.add(macro(m));
    }
    t.row(macro.toArray());
    return t;
  }

  public String toText() {
    return name + "\n" + table().toText() + notScoredLines("");
  }

  public String toMarkdown() {
    return table().toMarkdown() + notScoredLines("- ");
  }

  /** One line per document that could not be scored, after a blank line; empty when every document was. */
  private String notScoredLines(String bullet) {
    StringBuilder lines = new StringBuilder();
    notScored.forEach((document, why) -> lines.append('\n').append(bullet).append("not scored: ")
        .append(shortName(document)).append(": ").append(why));
    return lines.isEmpty() ? "" : "\n" + lines;
  }

  /** Per-document metrics and macro averages; undefined ratios are null. */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("corpus", name);
    ObjectNode macro = root.putObject("macro");
    for (Metric m : Metric.values()) {
      put(macro, m.name(), macro(m));
    }
    ObjectNode perDocument = root.putObject("documents");
    for (EvaluationReport r : documents) {
      ObjectNode d = perDocument.putObject(shortName(r.document()));
      for (Metric m : Metric.values()) {
        put(d, m.name(), m.of(r));
      }
    }
    ObjectNode failed = root.putObject("notScored");
    notScored.forEach((document, why) -> failed.put(shortName(document), why));
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A document's file name without its folders: the table's row label. */
  static String shortName(String source) {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }

  private static void put(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
