package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/** The parts of an entity's page: its mentions in context, the claims it makes and that are made about it, and
 *  the picture of its neighbourhood. */
final class EntitySection {

  static final int ITEMS_PER_PAGE = 20;

  /** A mention with its sentence, the mention marked. */
  record MentionView(String href, NodeView document, Highlight sentence, String lang) {}

  record ClaimList(List<ClaimSummaries.ClaimView> claims, Pager pager) {
    boolean empty() {
      return claims.isEmpty();
    }
  }

  record View(List<MentionView> mentions, Pager mentionPager, ClaimList claimsMade, ClaimList claimsAbout,
      NeighbourhoodDiagram.Drawing diagram) {
    boolean hasMentions() {
      return !mentions.isEmpty();
    }
  }

  private static final String NOT_NEIGHBOUR_LINKS = "rdf:type, owl:sameAs, itsrdf:taIdentRef, cg:claimant, cg:about,"
      + " cg:mentions, rdfs:seeAlso, rdfs:isDefinedBy";

  private final DatasetReader reader;
  private final Labeller labeller;
  private final ClaimSummaries summaries;
  private final Messages messages;

  EntitySection(DatasetReader reader, Labeller labeller, ClaimSummaries summaries, Messages messages) {
    this.reader = reader;
    this.labeller = labeller;
    this.summaries = summaries;
    this.messages = messages;
  }

  View build(Node entity, LabelBook header, PageUrl url) {
    PageLanguage language = header.language();
    String e = DatasetReader.sparql(entity);
    long mentionCount = reader.count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m itsrdf:taIdentRef " + e
        + " } }", "n");
    Pager mentionPager = Pager.of(Pager.parsePage(url.parameter("mentions")), ITEMS_PER_PAGE, mentionCount,
        page -> url.with("mentions", String.valueOf(page), "mentions"));
    return new View(mentions(e, mentionPager, language), mentionPager,
        claims("?c cg:claimant " + e, "made", "claims-made", url, language),
        claims("?c cg:about " + e, "about", "claims-about", url, language),
        diagram(entity, header));
  }

  private List<MentionView> mentions(String e, Pager pager, PageLanguage language) {
    List<QuerySolution> rows = reader.select("SELECT DISTINCT ?m ?anchor ?mb ?me ?stext ?sb ?doc WHERE { GRAPH ?g {"
        + " ?m itsrdf:taIdentRef " + e + " ."
        + " OPTIONAL { ?m nif:anchorOf ?anchor } OPTIONAL { ?m nif:beginIndex ?mb } OPTIONAL { ?m nif:endIndex ?me }"
        + " OPTIONAL { ?m nif:sentence ?sent . ?sent nif:anchorOf ?stext OPTIONAL { ?sent nif:beginIndex ?sb } }"
        + " OPTIONAL { ?m nif:referenceContext ?ctx . ?doc cg:context ?ctx } } }"
        + " ORDER BY ?doc ?mb ?m LIMIT " + pager.pageSize() + " OFFSET " + pager.offset());
    Set<Node> documents = new LinkedHashSet<>();
    rows.forEach(row -> documents.add(Rows.node(row, "doc")));
    documents.remove(null);
    LabelBook book = labeller.lookup(documents, language);
    List<MentionView> mentions = new ArrayList<>();
    Set<Node> seen = new LinkedHashSet<>();
    for (QuerySolution row : rows) {
      Node mention = Rows.node(row, "m");
      if (!seen.add(mention)) {
        continue;
      }
      String anchor = Rows.text(row, "anchor");
      String sentence = Rows.text(row, "stext");
      Highlight highlight = sentence != null
          ? Highlight.of(sentence, Rows.integer(row, "sb"), Rows.integer(row, "mb"), Rows.integer(row, "me"), anchor)
          : new Highlight("", anchor == null ? book.label(mention).text() : anchor, "");
      Node stext = Rows.node(row, "stext");
      Node doc = Rows.node(row, "doc");
      mentions.add(new MentionView(labeller.mapping().pagePath(mention.getURI()), doc == null ? null : book.view(doc),
          highlight, stext == null ? null : LabelBook.htmlLang(stext.getLiteralLanguage())));
    }
    return mentions;
  }

  private ClaimList claims(String pattern, String pageParameter, String anchor, PageUrl url, PageLanguage language) {
    long total = reader.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { " + pattern + " } }", "n");
    Pager pager = Pager.of(Pager.parsePage(url.parameter(pageParameter)), ITEMS_PER_PAGE, total,
        page -> url.with(pageParameter, String.valueOf(page), anchor));
    List<Node> claims = reader.select("SELECT ?c (MIN(?b) AS ?begin) (MIN(STR(?g)) AS ?graph) WHERE { GRAPH ?g { "
            + pattern + " OPTIONAL { ?c nif:beginIndex ?b } } } GROUP BY ?c ORDER BY ?graph ?begin ?c LIMIT "
            + pager.pageSize() + " OFFSET " + pager.offset()).stream()
        .map(row -> Rows.node(row, "c"))
        .toList();
    return new ClaimList(summaries.summarise(claims, language), pager);
  }

  /** Neighbours: entities (and concepts) linked by a triple either way, or through a claim one makes about the
   *  other. */
  private NeighbourhoodDiagram.Drawing diagram(Node entity, LabelBook header) {
    PageLanguage language = header.language();
    String e = DatasetReader.sparql(entity);
    List<QuerySolution> rows = reader.select("SELECT DISTINCT ?n ?p ?via WHERE {"
        + " { GRAPH ?g { " + e + " ?p ?n } BIND(\"out\" AS ?via) }"
        + " UNION { GRAPH ?g { ?n ?p " + e + " } BIND(\"in\" AS ?via) }"
        + " UNION { GRAPH ?g { ?c cg:claimant " + e + " ; cg:about ?n } BIND(\"claims\" AS ?via) }"
        + " UNION { GRAPH ?g { ?c cg:claimant ?n ; cg:about " + e + " } BIND(\"claimed\" AS ?via) }"
        + " FILTER(isIRI(?n) && ?n != " + e + ")"
        + " FILTER(!BOUND(?p) || ?p NOT IN (" + NOT_NEIGHBOUR_LINKS + ")) } LIMIT 2000");
    Set<Node> candidates = new LinkedHashSet<>();
    for (QuerySolution row : rows) {
      candidates.add(Rows.node(row, "n"));
      candidates.add(Rows.node(row, "p"));
    }
    candidates.remove(null);
    LabelBook book = labeller.lookup(candidates, language);
    Map<Node, Set<String>> edges = new LinkedHashMap<>();
    Map<Node, Boolean> onlyClaims = new LinkedHashMap<>();
    for (QuerySolution row : rows) {
      Node neighbour = Rows.node(row, "n");
      if (!isEntityLike(neighbour, book)) {
        continue;
      }
      String via = Rows.text(row, "via");
      Node predicate = Rows.node(row, "p");
      String edge = switch (via) {
        case "out" -> book.label(predicate).text() + " →";
        case "in" -> "← " + book.label(predicate).text();
        case "claims" -> messages.get(language, "diagramClaimsAbout") + " →";
        default -> "← " + messages.get(language, "diagramClaimsAbout");
      };
      edges.computeIfAbsent(neighbour, k -> new LinkedHashSet<>()).add(edge);
      boolean claimLink = via.equals("claims") || via.equals("claimed");
      onlyClaims.merge(neighbour, claimLink, Boolean::logicalAnd);
    }
    List<Node> ordered = new ArrayList<>(edges.keySet());
    ordered.sort(Comparator.comparingInt((Node n) -> -edges.get(n).size())
        .thenComparing(n -> onlyClaims.get(n))
        .thenComparing(n -> book.label(n).text()));
    List<Node> shown = ordered.subList(0, Math.min(NeighbourhoodDiagram.MAX_NEIGHBOURS, ordered.size()));

    Set<Node> typeNodes = new LinkedHashSet<>();
    shown.forEach(n -> typeNodes.addAll(book.types(n)));
    typeNodes.addAll(header.types(entity));
    LabelBook typeBook = labeller.lookup(typeNodes, language);
    List<NeighbourhoodDiagram.Neighbour> neighbours = new ArrayList<>();
    for (Node n : ordered) {
      List<String> typeNames = book.types(n).stream().map(t -> typeBook.label(t).text()).toList();
      neighbours.add(new NeighbourhoodDiagram.Neighbour(book.view(n), typeNames, List.copyOf(edges.get(n)),
          onlyClaims.get(n)));
    }
    List<NeighbourhoodDiagram.Chord> chords = new ArrayList<>();
    if (shown.size() > 1) {
      String values = DatasetReader.values(shown);
      for (QuerySolution row : reader.select("SELECT DISTINCT ?a ?b WHERE { VALUES ?a { " + values + " } VALUES ?b { "
          + values + " } GRAPH ?g { ?a ?p ?b } FILTER(?a != ?b && ?p NOT IN (" + NOT_NEIGHBOUR_LINKS + ")) }")) {
        chords.add(new NeighbourhoodDiagram.Chord(shown.indexOf(Rows.node(row, "a")),
            shown.indexOf(Rows.node(row, "b"))));
      }
    }
    return NeighbourhoodDiagram.draw(header.view(entity), neighbours, chords);
  }

  /** Entities live under {base}entity/; other things worth drawing are described resources from elsewhere, such
   *  as the concepts cg:OpenSource; mentions, claims, roles and statements are not drawn. */
  private boolean isEntityLike(Node node, LabelBook book) {
    IriMapping mapping = labeller.mapping();
    String iri = node.getURI();
    if (mapping.isLocal(iri)) {
      return mapping.layout().isEntity(iri);
    }
    return book.isDescribed(node);
  }
}
