package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ITSRDF;

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

  /** Most (neighbour, link) rows read for the picture of one entity. */
  static final int MAX_NEIGHBOUR_ROWS = 2000;

  private static final String NOT_NEIGHBOUR_LINKS = "rdf:type, owl:sameAs, itsrdf:taIdentRef, cg:claimant, cg:about,"
      + " cg:mentions, rdfs:seeAlso, rdfs:isDefinedBy";
  private static final Set<Node> NOT_NEIGHBOUR_PREDICATES = Set.of(RDF.type.asNode(), OWL.sameAs.asNode(),
      ITSRDF.taIdentRef.asNode(), CG.claimant.asNode(), CG.about.asNode(), CG.mentions.asNode(), RDFS.seeAlso.asNode(),
      RDFS.isDefinedBy.asNode());
  private static final Var N = Var.alloc("n");
  private static final Var P = Var.alloc("p");
  private static final Var VIA = Var.alloc("via");
  private static final Node IN = NodeFactory.createLiteralString("in");

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

  View build(Node entity, LabelBook header, PageUrl url, IncomingLinks incoming) {
    PageLanguage language = header.language();
    String e = DatasetReader.sparql(entity);
    // Mentions per document graph, in document order: their sum is the total, and they say which documents hold the
    // requested page, so no query ever sorts all of a much-mentioned entity's mentions.
    List<IncomingLinks.GraphCount> perGraph = incoming.mentionsPerGraph();
    long mentionCount = perGraph.stream().mapToLong(IncomingLinks.GraphCount::mentions).sum();
    Pager mentionPager = Pager.of(Pager.parsePage(url.parameter("mentions")), ITEMS_PER_PAGE, mentionCount,
        page -> url.with("mentions", String.valueOf(page), "mentions"));
    return new View(mentions(e, perGraph, mentionPager, language), mentionPager,
        claims(incoming.claims(CG.claimant.asNode()), "made", "claims-made", url, language),
        claims(incoming.claims(CG.about.asNode()), "about", "claims-about", url, language),
        diagram(entity, header, incoming));
  }

  /** The page's mentions, by document and then position; {@code perGraph} counts the mentions in each graph. */
  private List<MentionView> mentions(String e, List<IncomingLinks.GraphCount> perGraph, Pager pager,
      PageLanguage language) {
    List<Node> page = new ArrayList<>();
    long skip = pager.offset();
    for (IncomingLinks.GraphCount graphCount : perGraph) {
      long inGraph = graphCount.mentions();
      if (skip >= inGraph) {
        skip -= inGraph;
        continue;
      }
      int wanted = pager.pageSize() - page.size();
      reader.select("SELECT DISTINCT ?m ?mb WHERE { GRAPH " + DatasetReader.sparql(graphCount.graph())
          + " { ?m itsrdf:taIdentRef " + e + " OPTIONAL { ?m nif:beginIndex ?mb } } } ORDER BY ?mb ?m LIMIT "
          + wanted + " OFFSET " + skip).forEach(row -> page.add(Rows.node(row, "m")));
      skip = 0;
      if (page.size() >= pager.pageSize()) {
        break;
      }
    }
    if (page.isEmpty()) {
      return List.of();
    }
    Map<Node, QuerySolution> details = new LinkedHashMap<>();
    for (QuerySolution row : reader.select("SELECT ?m ?anchor ?mb ?me ?stext ?sb ?doc WHERE { VALUES ?m { "
        + DatasetReader.values(page) + " } GRAPH ?g { ?m itsrdf:taIdentRef " + e + " ."
        + " OPTIONAL { ?m nif:anchorOf ?anchor } OPTIONAL { ?m nif:beginIndex ?mb } OPTIONAL { ?m nif:endIndex ?me }"
        + " OPTIONAL { ?m nif:sentence ?sent . ?sent nif:anchorOf ?stext OPTIONAL { ?sent nif:beginIndex ?sb } }"
        + " OPTIONAL { ?m nif:referenceContext ?ctx . ?doc cg:context ?ctx } } }")) {
      details.putIfAbsent(Rows.node(row, "m"), row);
    }
    List<QuerySolution> rows = page.stream().map(details::get).filter(Objects::nonNull).toList();
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

  /**
   * A page of claims, ordered by the first graph that links each (by IRI), then position, then IRI: whole graphs
   * before the requested page are skipped by their counts, and only the claims of the graphs that hold the page have
   * their positions read.
   */
  private ClaimList claims(Map<Node, String> claimGraphs, String pageParameter, String anchor, PageUrl url,
      PageLanguage language) {
    Pager pager = Pager.of(Pager.parsePage(url.parameter(pageParameter)), ITEMS_PER_PAGE, claimGraphs.size(),
        page -> url.with(pageParameter, String.valueOf(page), anchor));
    TreeMap<String, List<Node>> byGraph = new TreeMap<>();
    claimGraphs.forEach((claim, graph) -> byGraph.computeIfAbsent(graph, g -> new ArrayList<>()).add(claim));
    List<Node> claims = new ArrayList<>();
    long skip = pager.offset();
    for (List<Node> inGraph : byGraph.values()) {
      if (skip >= inGraph.size()) {
        skip -= inGraph.size();
        continue;
      }
      List<Node> ordered = reader.select("SELECT ?c (MIN(?b) AS ?begin) WHERE { VALUES ?c { "
              + DatasetReader.values(inGraph) + " } OPTIONAL { GRAPH ?g { ?c nif:beginIndex ?b } } }"
              + " GROUP BY ?c ORDER BY ?begin ?c").stream()
          .map(row -> Rows.node(row, "c"))
          .toList();
      int from = (int) skip;
      claims.addAll(ordered.subList(from, Math.min(ordered.size(), from + pager.pageSize() - claims.size())));
      skip = 0;
      if (claims.size() >= pager.pageSize()) {
        break;
      }
    }
    return new ClaimList(summaries.summarise(claims, language), pager);
  }

  /** Neighbours: entities (and concepts) linked by a triple either way, or through a claim one makes about the
   *  other. Only the {@link NeighbourhoodDiagram#MAX_NEIGHBOURS} most linked are labelled and drawn; the rest are
   *  counted, so a hub with thousands of neighbours costs one query, not thousands of label lookups. */
  private NeighbourhoodDiagram.Drawing diagram(Node entity, LabelBook header, IncomingLinks incoming) {
    PageLanguage language = header.language();
    String e = DatasetReader.sparql(entity);
    IriMapping mapping = labeller.mapping();
    // Mentions, claims, roles and statements live under the base too but are never drawn: leave them out here, so
    // that the row cap below only ever cuts real neighbours.
    String base = DatasetReader.sparql(NodeFactory.createLiteralString(mapping.baseIri()));
    String entities = DatasetReader.sparql(NodeFactory.createLiteralString(mapping.layout().entityPrefix()));
    String neighbourFilter = " FILTER(isIRI(?n) && ?n != " + e + ")"
        + " FILTER(!STRSTARTS(STR(?n), " + base + ") || STRSTARTS(STR(?n), " + entities + "))"
        + " FILTER(!BOUND(?p) || ?p NOT IN (" + NOT_NEIGHBOUR_LINKS + "))";
    List<QuerySolution> outAndClaims = reader.select("SELECT DISTINCT ?n ?p ?via WHERE {"
        + " { GRAPH ?g { " + e + " ?p ?n } BIND(\"out\" AS ?via) }"
        + " UNION { GRAPH ?g { ?c cg:claimant " + e + " ; cg:about ?n } BIND(\"claims\" AS ?via) }"
        + " UNION { GRAPH ?g { ?c cg:claimant ?n ; cg:about " + e + " } BIND(\"claimed\" AS ?via) }"
        + neighbourFilter + " } LIMIT " + MAX_NEIGHBOUR_ROWS);
    // The links in, already read for the page, go after the links out as the query's UNION put them.
    List<QuerySolution> rows = new ArrayList<>();
    outAndClaims.stream().filter(row -> "out".equals(Rows.text(row, "via"))).forEach(rows::add);
    for (IncomingLinks.Link link : incoming.links()) {
      if (rows.size() >= MAX_NEIGHBOUR_ROWS) {
        break;
      }
      if (isNeighbourLink(link, entity, mapping)) {
        rows.add(new ResultBinding(null, BindingFactory.binding(N, link.subject(), P, link.predicate(), VIA,
            IN)));
      }
    }
    outAndClaims.stream().filter(row -> !"out".equals(Rows.text(row, "via"))).limit(Math.max(0,
        MAX_NEIGHBOUR_ROWS - rows.size())).forEach(rows::add);
    Set<Node> outside = new LinkedHashSet<>();
    rows.forEach(row -> outside.add(Rows.node(row, "n")));
    outside.removeIf(n -> mapping.isLocal(n.getURI()));
    LabelBook outsideBook = labeller.lookup(outside, language);

    record Edge(String via, Node predicate) {}
    Map<Node, Set<Edge>> edges = new LinkedHashMap<>();
    Map<Node, Boolean> onlyClaims = new LinkedHashMap<>();
    for (QuerySolution row : rows) {
      Node neighbour = Rows.node(row, "n");
      if (!isEntityLike(neighbour, outsideBook)) {
        continue;
      }
      String via = Rows.text(row, "via");
      edges.computeIfAbsent(neighbour, k -> new LinkedHashSet<>()).add(new Edge(via, Rows.node(row, "p")));
      boolean claimLink = via.equals("claims") || via.equals("claimed");
      onlyClaims.merge(neighbour, claimLink, Boolean::logicalAnd);
    }
    Comparator<Node> mostLinked = Comparator.comparingInt((Node n) -> -edges.get(n).size())
        .thenComparing(n -> onlyClaims.get(n));
    List<Node> ordered = new ArrayList<>(edges.keySet());
    ordered.sort(mostLinked.thenComparing(Node::getURI));
    int hidden = Math.max(0, ordered.size() - NeighbourhoodDiagram.MAX_NEIGHBOURS);
    List<Node> shown = new ArrayList<>(ordered.subList(0, ordered.size() - hidden));

    Set<Node> toLabel = new LinkedHashSet<>(shown);
    shown.forEach(n -> edges.get(n).forEach(edge -> toLabel.add(edge.predicate())));
    toLabel.remove(null);
    LabelBook book = labeller.lookup(toLabel, language);
    shown.sort(mostLinked.thenComparing(n -> book.label(n).text()));

    Set<Node> typeNodes = new LinkedHashSet<>();
    shown.forEach(n -> typeNodes.addAll(book.types(n)));
    typeNodes.addAll(header.types(entity));
    LabelBook typeBook = labeller.lookup(typeNodes, language);
    List<NeighbourhoodDiagram.Neighbour> neighbours = new ArrayList<>();
    for (Node n : shown) {
      List<String> typeNames = book.types(n).stream().map(t -> typeBook.label(t).text()).toList();
      List<String> edgeLabels = edges.get(n).stream().map(edge -> switch (edge.via()) {
        case "out" -> book.label(edge.predicate()).text() + " →";
        case "in" -> "← " + book.label(edge.predicate()).text();
        case "claims" -> messages.get(language, "diagramClaimsAbout") + " →";
        default -> "← " + messages.get(language, "diagramClaimsAbout");
      }).distinct().toList();
      neighbours.add(new NeighbourhoodDiagram.Neighbour(book.view(n), typeNames, edgeLabels, onlyClaims.get(n)));
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
    return NeighbourhoodDiagram.draw(header.view(entity), neighbours, chords, hidden);
  }

  /** The Java form of the query's neighbour filter, for a link into the entity. */
  private static boolean isNeighbourLink(IncomingLinks.Link link, Node entity, IriMapping mapping) {
    Node n = link.subject();
    if (!n.isURI() || n.equals(entity) || NOT_NEIGHBOUR_PREDICATES.contains(link.predicate())) {
      return false;
    }
    String iri = n.getURI();
    return !iri.startsWith(mapping.baseIri()) || iri.startsWith(mapping.layout().entityPrefix());
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
