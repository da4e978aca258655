package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ITSRDF;

/**
 * The model of a resource's HTML page: the header (names in both languages, types, IRI, same-as links), the
 * outgoing and incoming links by label and paged, downloads, and the part that depends on the kind of resource
 * (entity, claim or document).
 */
final class ResourcePages {

  static final int LINKS_PER_PAGE = 50;
  static final int MAX_KEPT_PAGES = 500;

  /** A row of a link table; {@code first} marks the first row of a property, where its label is shown. */
  record LinkRow(NodeView predicate, boolean first, NodeView value) {}

  record LinkTable(List<LinkRow> rows, Pager pager) {
    boolean empty() {
      return rows.isEmpty();
    }
  }

  record Header(String label, String lang, String iri, List<LabelBook.Label> otherNames,
      List<LabelBook.Label> altLabels, List<NodeView> types, List<NodeView> sameAs) {
    boolean hasOtherNames() {
      return !otherNames.isEmpty() || !altLabels.isEmpty();
    }
  }

  record Download(String name, String mediaType, String href) {}

  /** Predicates the header already shows, left out of the outgoing table. */
  private static final String HEADER_PREDICATES = "rdf:type, rdfs:label, skos:prefLabel, skos:altLabel, owl:sameAs,"
      + " cg:title";
  /** Incoming predicates an entity page shows in its own sections (mentions, claims). */
  private static final Set<Node> ENTITY_SECTION_LINKS = Set.of(ITSRDF.taIdentRef.asNode(), CG.claimant.asNode(),
      CG.about.asNode());

  private final DatasetReader reader;
  private final Labeller labeller;
  private final IriMapping mapping;
  private final SiteLinks site;
  private final EntitySection entities;
  private final ClaimSection claims;
  private final DocumentSection documents;
  private volatile Kept kept;

  ResourcePages(DatasetReader reader, Labeller labeller, SiteLinks site, Messages messages) {
    this.reader = reader;
    this.labeller = labeller;
    this.mapping = labeller.mapping();
    this.site = site;
    ClaimSummaries summaries = new ClaimSummaries(reader, labeller);
    this.entities = new EntitySection(reader, labeller, summaries, messages);
    this.claims = new ClaimSection(reader, labeller);
    this.documents = new DocumentSection(reader, labeller, summaries);
  }

  /**
   * The page model, computed once per state of the data: a page asked for again before the next write is served from
   * memory (at most {@link #MAX_KEPT_PAGES} pages; then memory starts afresh).
   */
  Map<String, Object> model(Node resource, PageLanguage language, PageUrl url) {
    return reader.read(() -> {
      Optional<DataVersion.Tag> now = reader.version(); // the state this read transaction sees
      if (now.isEmpty()) {
        return build(resource, language, url);
      }
      Kept current = kept;
      if (current == null || !current.version().equals(now.get()) || current.pages().size() >= MAX_KEPT_PAGES) {
        current = new Kept(now.get(), new ConcurrentHashMap<>());
        kept = current;
      }
      PageKey key = new PageKey(resource, language, url.self());
      Map<String, Object> page = current.pages().get(key);
      if (page == null) {
        page = Collections.unmodifiableMap(build(resource, language, url));
        current.pages().put(key, page);
      }
      return page;
    });
  }

  private record PageKey(Node resource, PageLanguage language, String url) {}

  private record Kept(DataVersion.Tag version, Map<PageKey, Map<String, Object>> pages) {}

  private Map<String, Object> build(Node resource, PageLanguage language, PageUrl url) {
    String s = DatasetReader.sparql(resource);
    List<Node> types = nodes("SELECT DISTINCT ?t WHERE { GRAPH ?g { " + s + " rdf:type ?t } FILTER(isIRI(?t)) }"
        + " ORDER BY ?t", "t");
    List<Node> sameAs = nodes("SELECT DISTINCT ?x WHERE { GRAPH ?g { " + s + " owl:sameAs ?x } FILTER(isIRI(?x)) }"
        + " ORDER BY ?x", "x");
    Set<Node> toLabel = new LinkedHashSet<>(types);
    toLabel.add(resource);
    toLabel.addAll(sameAs);
    LabelBook book = labeller.lookup(toLabel, language);

    List<LabelBook.Label> altLabels = reader.select("SELECT DISTINCT ?l WHERE { GRAPH ?g { " + s
            + " skos:altLabel ?l } FILTER(isLiteral(?l)) } ORDER BY ?l").stream()
        .map(row -> book.label(Rows.node(row, "l")))
        .toList();
    boolean isClaim = types.contains(Terms.CLAIM);
    boolean isDocument = types.contains(Terms.ARTICLE);
    LabelBook.Label label = isClaim ? claimText(resource).orElse(book.label(resource)) : book.label(resource);
    List<LabelBook.Label> otherNames = book.names(resource).stream().filter(n -> !n.equals(label)).toList();
    Header header = new Header(label.text(), label.lang(), resource.getURI(), otherNames, altLabels,
        types.stream().map(t -> book.view(t).withColour(TypePalette.chipColour(t))).toList(),
        sameAs.stream().map(book::view).toList());

    boolean isEntity = !isClaim && !isDocument && isEntity(resource);

    // An entity's incoming links are read once, for its mentions, its picture and the incoming table.
    IncomingLinks incomingLinks = isEntity ? IncomingLinks.of(reader, resource) : null;
    Map<String, Object> model = new HashMap<>();
    model.put("title", label.text());
    model.put("resource", header);
    model.put("kindName", isClaim ? "claim" : isDocument ? "document" : isEntity ? "entity" : "resource");
    if (isEntity) {
      model.put("entity", entities.build(resource, book, url, incomingLinks));
    }
    if (isClaim) {
      model.put("claim", claims.build(resource, language));
    }
    if (isDocument) {
      model.put("document", documents.build(resource, language, url));
    }
    model.put("outgoing", outgoing(resource, language, url));
    model.put("incoming", incoming(resource, language, url, incomingLinks));
    model.put("downloads", downloads(resource.getURI()));
    model.put("describeHref", site.describe(resource.getURI()));
    return model;
  }

  /** A claim is headed by its whole text, not the shortened label lists use. */
  private Optional<LabelBook.Label> claimText(Node claim) {
    return reader.select("SELECT ?t WHERE { GRAPH ?g { " + DatasetReader.sparql(claim) + " cg:text ?t } } LIMIT 1")
        .stream().findFirst()
        .map(row -> Rows.node(row, "t"))
        .map(t -> new LabelBook.Label(t.getLiteralLexicalForm(), LabelBook.htmlLang(t.getLiteralLanguage())));
  }

  /** Entities are minted under {base}entity/ (docs/rdf-model.md), and anything a mention points at is one too. */
  private boolean isEntity(Node resource) {
    if (mapping.layout().isEntity(resource.getURI())) {
      return true;
    }
    return reader.ask("ASK { GRAPH ?g { ?m itsrdf:taIdentRef " + DatasetReader.sparql(resource) + " } }");
  }

  private LinkTable outgoing(Node resource, PageLanguage language, PageUrl url) {
    String where = "GRAPH ?g { " + DatasetReader.sparql(resource) + " ?p ?o } FILTER(?p NOT IN ("
        + HEADER_PREDICATES + "))";
    return linkTable(where, "o", "out", "outgoing", language, url);
  }

  private LinkTable incoming(Node resource, PageLanguage language, PageUrl url, IncomingLinks entityLinks) {
    if (entityLinks != null) {
      List<QuerySolution> all = entityLinks.table(ENTITY_SECTION_LINKS);
      return linkTable(all.size(), pager -> all.subList((int) Math.min(all.size(), pager.offset()),
          (int) Math.min(all.size(), pager.offset() + pager.pageSize())), "o", "in", "incoming", language, url);
    }
    String where = "GRAPH ?g { ?o ?p " + DatasetReader.sparql(resource) + " }";
    return linkTable(where, "o", "in", "incoming", language, url);
  }

  private LinkTable linkTable(String where, String valueVariable, String pageParameter, String anchor,
      PageLanguage language, PageUrl url) {
    long total = reader.count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?" + valueVariable + " WHERE { "
        + where + " } }", "n");
    return linkTable(total, pager -> reader.select("SELECT DISTINCT ?p ?" + valueVariable + " WHERE { " + where
        + " } ORDER BY ?p ?" + valueVariable + " LIMIT " + pager.pageSize() + " OFFSET " + pager.offset()),
        valueVariable, pageParameter, anchor, language, url);
  }

  /** A table of {@code total} links, of which {@code pageRows} gives the rows ({@code ?p} and the value) of a page. */
  private LinkTable linkTable(long total, Function<Pager, List<QuerySolution>> pageRows, String valueVariable,
      String pageParameter, String anchor, PageLanguage language, PageUrl url) {
    Pager pager = Pager.of(Pager.parsePage(url.parameter(pageParameter)), LINKS_PER_PAGE, total,
        page -> url.with(pageParameter, String.valueOf(page), anchor));
    List<QuerySolution> rows = pageRows.apply(pager);
    Set<Node> toLabel = new LinkedHashSet<>();
    for (QuerySolution row : rows) {
      toLabel.add(Rows.node(row, "p"));
      toLabel.add(Rows.node(row, valueVariable));
    }
    LabelBook book = labeller.lookup(toLabel, language);
    List<LinkRow> links = new ArrayList<>();
    Node previous = null;
    for (QuerySolution row : rows) {
      Node predicate = Rows.node(row, "p");
      links.add(new LinkRow(book.view(predicate).withColour(null), !predicate.equals(previous),
          book.view(Rows.node(row, valueVariable))));
      previous = predicate;
    }
    return new LinkTable(links, pager);
  }

  private List<Download> downloads(String iri) {
    return Representation.rdfSyntaxes().stream()
        .map(r -> new Download(r.displayName(), r.mediaType(), mapping.pagePath(iri, r.extension())))
        .toList();
  }

  private List<Node> nodes(String query, String variable) {
    return reader.select(query).stream().map(row -> Rows.node(row, variable)).toList();
  }
}
