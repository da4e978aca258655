package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/** The part of a claim's page (its text is the page heading): who claims it, with which stance and kind, and the
 *  sentence it came from. */
final class ClaimSection {

  record View(List<NodeView> claimants, String claimantDescription, String descriptionLang,
      NodeView stance, String stanceClass, NodeView kind, String cue, String cueLang,
      List<NodeView> about, Highlight source, String sourceLang, NodeView sentence, NodeView document) {

    boolean hasClaimant() {
      return !claimants.isEmpty() || claimantDescription != null;
    }

    boolean hasAbout() {
      return !about.isEmpty();
    }
  }

  /** How much of the document to show around a claim that has no usable sentence. */
  private static final int CONTEXT_MARGIN = 80;

  private final DatasetReader reader;
  private final Labeller labeller;

  ClaimSection(DatasetReader reader, Labeller labeller) {
    this.reader = reader;
    this.labeller = labeller;
  }

  View build(Node claim, PageLanguage language) {
    String c = DatasetReader.sparql(claim);
    List<QuerySolution> rows = reader.select("SELECT * WHERE { GRAPH ?g { " + c + " rdf:type cg:Claim ."
        + " OPTIONAL { " + c + " cg:text ?text } OPTIONAL { " + c + " cg:stance ?stance }"
        + " OPTIONAL { " + c + " cg:claimKind ?kind } OPTIONAL { " + c + " cg:stanceCue ?cue }"
        + " OPTIONAL { " + c + " cg:claimantDescription ?desc }"
        + " OPTIONAL { " + c + " nif:beginIndex ?b } OPTIONAL { " + c + " nif:endIndex ?e }"
        + " OPTIONAL { " + c + " prov:wasDerivedFrom ?sent . ?sent nif:anchorOf ?stext"
        + "   OPTIONAL { ?sent nif:beginIndex ?sb } OPTIONAL { ?sent nif:endIndex ?se } }"
        + " OPTIONAL { " + c + " nif:referenceContext ?ctx OPTIONAL { ?doc cg:context ?ctx } } } } LIMIT 1");
    QuerySolution row = rows.isEmpty() ? null : rows.get(0);
    List<Node> claimants = nodes("SELECT DISTINCT ?x WHERE { GRAPH ?g { " + c + " cg:claimant ?x } } ORDER BY ?x");
    List<Node> about = nodes("SELECT DISTINCT ?x WHERE { GRAPH ?g { " + c + " cg:about ?x } } ORDER BY ?x");

    Set<Node> toLabel = new LinkedHashSet<>(claimants);
    toLabel.addAll(about);
    Node stance = row == null ? null : Rows.node(row, "stance");
    Node kind = row == null ? null : Rows.node(row, "kind");
    Node sentence = row == null ? null : Rows.node(row, "sent");
    Node document = row == null ? null : Rows.node(row, "doc");
    for (Node n : new Node[] {stance, kind, sentence, document}) {
      if (n != null) {
        toLabel.add(n);
      }
    }
    LabelBook book = labeller.lookup(toLabel, language);

    Node text = row == null ? null : Rows.node(row, "text");
    Node description = row == null ? null : Rows.node(row, "desc");
    Node cue = row == null ? null : Rows.node(row, "cue");
    Node sentenceText = row == null ? null : Rows.node(row, "stext");
    Highlight source = row == null ? null : source(row, text == null ? null : text.getLiteralLexicalForm());
    return new View(claimants.stream().map(book::view).toList(),
        description == null ? null : description.getLiteralLexicalForm(),
        description == null ? null : LabelBook.htmlLang(description.getLiteralLanguage()),
        stance == null ? null : book.view(stance), ClaimSummaries.stanceClass(stance),
        kind == null ? null : book.view(kind),
        cue == null ? null : cue.getLiteralLexicalForm(),
        cue == null ? null : LabelBook.htmlLang(cue.getLiteralLanguage()),
        about.stream().map(book::view).toList(),
        source, sentenceText == null ? (text == null ? null : LabelBook.htmlLang(text.getLiteralLanguage()))
            : LabelBook.htmlLang(sentenceText.getLiteralLanguage()),
        sentence == null ? null : book.view(sentence),
        document == null ? null : book.view(document));
  }

  /** The source sentence with the claim marked; when the claim runs past its sentence, the document text around it. */
  private Highlight source(QuerySolution row, String claimText) {
    String sentence = Rows.text(row, "stext");
    Integer sentenceBegin = Rows.integer(row, "sb");
    Integer sentenceEnd = Rows.integer(row, "se");
    Integer begin = Rows.integer(row, "b");
    Integer end = Rows.integer(row, "e");
    boolean inside = sentence != null && sentenceBegin != null && begin != null && end != null
        && begin >= sentenceBegin && end <= sentenceBegin + sentence.length();
    if (sentence != null && (inside || begin == null || end == null)) {
      return Highlight.of(sentence, sentenceBegin, begin, end, inside ? null : claimText);
    }
    Node context = Rows.node(row, "ctx");
    if (context != null && begin != null && end != null) {
      List<QuerySolution> texts = reader.select("SELECT ?t WHERE { GRAPH ?g { " + DatasetReader.sparql(context)
          + " nif:isString ?t } } LIMIT 1");
      if (!texts.isEmpty()) {
        String whole = Rows.text(texts.get(0), "t");
        int from = Math.max(0, Math.min(begin, sentenceBegin == null ? begin : sentenceBegin) - CONTEXT_MARGIN);
        int to = Math.min(whole.length(), Math.max(end, sentenceEnd == null ? end : sentenceEnd) + CONTEXT_MARGIN);
        if (from < to && begin >= from && end <= to) {
          Highlight excerpt = Highlight.of(whole.substring(from, to), from, begin, end, null);
          return new Highlight((from > 0 ? "…" : "") + excerpt.before(), excerpt.mark(),
              excerpt.after() + (to < whole.length() ? "…" : ""));
        }
      }
    }
    return sentence != null ? Highlight.of(sentence, null, null, null, claimText) : null;
  }

  private List<Node> nodes(String query) {
    List<Node> nodes = new ArrayList<>();
    reader.select(query).forEach(r -> nodes.add(Rows.node(r, "x")));
    return nodes;
  }
}
