package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/** Claims as they are listed on entity and document pages: text, stance badge, kind, claimant, document. */
final class ClaimSummaries {

  /**
   * One claim in a list.
   *
   * @param stanceClass CSS class of the stance badge, made of [a-z] only
   */
  record ClaimView(String href, String text, String lang, NodeView stance, String stanceClass, NodeView kind,
      List<NodeView> claimants, String claimantDescription, String descriptionLang, NodeView document) {

    boolean hasClaimant() {
      return !claimants.isEmpty() || claimantDescription != null;
    }
  }

  /** What the query rows say about one claim; OPTIONAL parts may repeat over several rows. */
  private static final class Draft {
    Node text;
    Node stance;
    Node kind;
    Node description;
    Node document;
    final Set<Node> claimants = new LinkedHashSet<>();

    void add(QuerySolution row) {
      text = text != null ? text : Rows.node(row, "text");
      stance = stance != null ? stance : Rows.node(row, "stance");
      kind = kind != null ? kind : Rows.node(row, "kind");
      description = description != null ? description : Rows.node(row, "desc");
      document = document != null ? document : Rows.node(row, "doc");
      Node claimant = Rows.node(row, "claimant");
      if (claimant != null) {
        claimants.add(claimant);
      }
    }

    void addNodesTo(Set<Node> nodes) {
      for (Node node : new Node[] {stance, kind, document}) {
        if (node != null) {
          nodes.add(node);
        }
      }
      nodes.addAll(claimants);
    }
  }

  private final DatasetReader reader;
  private final Labeller labeller;

  ClaimSummaries(DatasetReader reader, Labeller labeller) {
    this.reader = reader;
    this.labeller = labeller;
  }

  /** Summaries of {@code claims}, in the given order; anything that is not a cg:Claim is left out. */
  List<ClaimView> summarise(List<Node> claims, PageLanguage language) {
    if (claims.isEmpty()) {
      return List.of();
    }
    Map<Node, Draft> drafts = new LinkedHashMap<>();
    claims.forEach(c -> drafts.put(c, null));
    for (QuerySolution row : reader.select("SELECT ?c ?text ?stance ?kind ?claimant ?desc ?doc WHERE { VALUES ?c { "
        + DatasetReader.values(claims) + " } GRAPH ?g { ?c rdf:type cg:Claim ."
        + " OPTIONAL { ?c cg:text ?text } OPTIONAL { ?c cg:stance ?stance } OPTIONAL { ?c cg:claimKind ?kind }"
        + " OPTIONAL { ?c cg:claimant ?claimant } OPTIONAL { ?c cg:claimantDescription ?desc }"
        + " OPTIONAL { ?c nif:referenceContext ?ctx . ?doc cg:context ?ctx } } }")) {
      Node claim = Rows.node(row, "c");
      if (drafts.get(claim) == null) {
        drafts.put(claim, new Draft());
      }
      drafts.get(claim).add(row);
    }
    Set<Node> toLabel = new LinkedHashSet<>();
    drafts.values().stream().filter(Objects::nonNull).forEach(d -> d.addNodesTo(toLabel));
    LabelBook book = labeller.lookup(toLabel, language);
    List<ClaimView> views = new ArrayList<>();
    drafts.forEach((claim, d) -> {
      if (d == null) {
        return;
      }
      views.add(new ClaimView(labeller.mapping().pagePath(claim.getURI()),
          d.text == null ? book.label(claim).text() : d.text.getLiteralLexicalForm(),
          d.text == null ? null : LabelBook.htmlLang(d.text.getLiteralLanguage()),
          d.stance == null ? null : book.view(d.stance), stanceClass(d.stance),
          d.kind == null ? null : book.view(d.kind),
          d.claimants.stream().map(book::view).toList(),
          d.description == null ? null : d.description.getLiteralLexicalForm(),
          d.description == null ? null : LabelBook.htmlLang(d.description.getLiteralLanguage()),
          d.document == null ? null : book.view(d.document)));
    });
    return views;
  }

  /** {@code stance-proopen} for cg:ProOpen and so on; only letters survive, so it is safe as a class name. */
  static String stanceClass(Node stance) {
    if (stance == null || !stance.isURI()) {
      return "stance-none";
    }
    String letters = TypePalette.localName(stance.getURI()).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return "stance-" + (letters.isEmpty() ? "other" : letters);
  }

  /** The colour of a stance in charts; the same hues as the stance badges in the style sheet. */
  static String stanceColour(Node stance) {
    return switch (stanceClass(stance)) {
      case "stance-proopen" -> "#2b8a3e";
      case "stance-proproprietary" -> "#c92a2a";
      case "stance-balanced" -> "#1c64b4";
      case "stance-neutral" -> "#868e96";
      default -> "#adb5bd";
    };
  }
}
