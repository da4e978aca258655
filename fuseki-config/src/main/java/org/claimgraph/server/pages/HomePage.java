package org.claimgraph.server.pages;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;

/**
 * The home page: dataset statistics with charts, the documents, the most mentioned entities, and entry points (the
 * server's example queries opened in the query UI, the endpoints).
 * <p>
 * Counting scans the whole store, so the page is computed once per state of the data ({@link DataVersion}) and
 * language, and served from memory until a write commits: a load, a Graph Store Protocol PUT, an update.
 */
final class HomePage {

  record Statistic(String label, String value) {}

  record DocumentEntry(NodeView document, String date, long claims) {}

  record EntityEntry(NodeView entity, long mentions) {}

  record ExampleLink(String title, String href) {}

  record View(List<Statistic> statistics, BarChart.Drawing entityChart, BarChart.Drawing stanceChart,
      List<DocumentEntry> documents, List<EntityEntry> topEntities, List<ExampleLink> examples, String sparqlEndpoint,
      String graphStore, String queryUi) {
    boolean hasDocuments() {
      return !documents.isEmpty();
    }

    boolean hasTopEntities() {
      return !topEntities.isEmpty();
    }
  }

  private static final int TOP_ENTITIES = 12;

  /** A Chinese title for an example query, as a {@code # title-zh: ...} line in its file. */
  private static final Pattern CHINESE_TITLE = Pattern.compile("(?m)^#\\s*title-zh:\\s*(.+?)\\s*$");

  /** A computed page and the state of the data it shows. */
  private record Kept(DataVersion.Tag version, View view) {}

  private final DatasetReader reader;
  private final Labeller labeller;
  private final SiteLinks site;
  private final Messages messages;
  private final List<ExampleQuery> examples;
  private final Map<PageLanguage, Kept> kept = new EnumMap<>(PageLanguage.class);
  private final AtomicLong computations = new AtomicLong();

  /** The example queries are read here, at start-up, not per request. */
  HomePage(DatasetReader reader, Labeller labeller, SiteLinks site, Messages messages) {
    this.reader = reader;
    this.labeller = labeller;
    this.site = site;
    this.messages = messages;
    this.examples = ExampleQueries.all();
  }

  /** The page for the data as it is now: kept from an earlier request unless a write has committed since. */
  View build(PageLanguage language) {
    Optional<DataVersion.Tag> now = reader.version();
    if (now.isEmpty()) {
      return compute(language);
    }
    // One computation per language at a time; requests that arrive meanwhile wait for it rather than scan too.
    synchronized (kept) {
      Kept page = kept.get(language);
      if (page == null || !page.version().equals(now.get())) {
        page = new Kept(now.get(), compute(language));
        kept.put(language, page);
      }
      return page.view();
    }
  }

  /** How many times the page has been computed from the store (for tests of the keeping). */
  long computations() {
    return computations.get();
  }

  private View compute(PageLanguage language) {
    computations.incrementAndGet();
    return reader.read(() -> {
      Map<String, String> t = messages.of(language);
      String entityPrefix =
          DatasetReader.sparql(NodeFactory.createLiteralString(labeller.mapping().layout().entityPrefix()));
      long triples = reader.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "n");
      long graphs = reader.count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }", "n");
      long documents =
          reader.count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d rdf:type cg:Article } }", "n");
      long claims = reader.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c rdf:type cg:Claim } }", "n");
      long entities = reader.count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e rdf:type ?t }"
          + " FILTER(STRSTARTS(STR(?e), " + entityPrefix + ")) }", "n");
      List<QuerySolution> byType = reader.select("SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {"
          + " GRAPH ?g { ?e rdf:type ?t }"
          + " FILTER(STRSTARTS(STR(?e), " + entityPrefix + ")) } GROUP BY ?t ORDER BY DESC(?n) ?t");
      List<QuerySolution> byStance = reader.select("SELECT ?s (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g {"
          + " ?c rdf:type cg:Claim OPTIONAL { ?c cg:stance ?s } } } GROUP BY ?s ORDER BY DESC(?n) ?s");
      List<QuerySolution> docs = reader.select("SELECT ?d (SAMPLE(STR(?date)) AS ?dt) (COUNT(DISTINCT ?c) AS ?claims)"
          + " WHERE { GRAPH ?g { ?d rdf:type cg:Article OPTIONAL { ?d cg:datePublished ?date }"
          + " OPTIONAL { ?d cg:context ?ctx . ?c nif:referenceContext ?ctx ; rdf:type cg:Claim } } }"
          + " GROUP BY ?d ORDER BY DESC(?dt) ?d LIMIT 100");
      List<QuerySolution> top = reader.select("SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g {"
          + " ?m itsrdf:taIdentRef ?e } FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT " + TOP_ENTITIES);

      Set<Node> toLabel = new LinkedHashSet<>();
      byType.forEach(r -> toLabel.add(Rows.node(r, "t")));
      byStance.forEach(r -> toLabel.add(Rows.node(r, "s")));
      docs.forEach(r -> toLabel.add(Rows.node(r, "d")));
      top.forEach(r -> toLabel.add(Rows.node(r, "e")));
      toLabel.remove(null);
      LabelBook book = labeller.lookup(toLabel, language);

      NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
      format.setGroupingUsed(true);
      List<Statistic> statistics = List.of(
          new Statistic(t.get("statTriples"), format.format(triples)),
          new Statistic(t.get("statGraphs"), format.format(graphs)),
          new Statistic(t.get("statDocuments"), format.format(documents)),
          new Statistic(t.get("statEntities"), format.format(entities)),
          new Statistic(t.get("statClaims"), format.format(claims)));

      List<BarChart.Bar> typeBars = new ArrayList<>();
      for (QuerySolution row : byType) {
        Node type = Rows.node(row, "t");
        LabelBook.Label label = book.label(type);
        typeBars.add(new BarChart.Bar(label.text(), label.lang(), Rows.number(row, "n"), TypePalette.colourOf(type),
            labeller.mapping().pagePath(type.getURI())));
      }
      List<BarChart.Bar> stanceBars = new ArrayList<>();
      for (QuerySolution row : byStance) {
        Node stance = Rows.node(row, "s");
        LabelBook.Label label = stance == null ? new LabelBook.Label(t.get("stanceNone"), language.code())
            : book.label(stance);
        stanceBars.add(new BarChart.Bar(label.text(), label.lang(), Rows.number(row, "n"),
            ClaimSummaries.stanceColour(stance), stance == null ? null : labeller.mapping().pagePath(stance.getURI())));
      }
      List<DocumentEntry> documentEntries = docs.stream()
          .map(r -> new DocumentEntry(book.view(Rows.node(r, "d")), Rows.text(r, "dt"), Rows.number(r, "claims")))
          .toList();
      List<EntityEntry> topEntries = top.stream()
          .map(r -> new EntityEntry(book.view(Rows.node(r, "e")), Rows.number(r, "n")))
          .toList();
      List<ExampleLink> exampleLinks = examples.stream()
          .map(e -> new ExampleLink(title(e, language), site.queryUi(e.sparql())))
          .toList();
      return new View(statistics, BarChart.draw(t.get("chartEntitiesByType"), typeBars),
          BarChart.draw(t.get("chartClaimsByStance"), stanceBars), documentEntries, topEntries, exampleLinks,
          site.sparqlEndpoint(), site.graphStore(), site.queryUi());
    });
  }

  private static String title(ExampleQuery example, PageLanguage language) {
    Matcher chinese = CHINESE_TITLE.matcher(example.sparql());
    return language == PageLanguage.ZH && chinese.find() ? chinese.group(1) : example.title();
  }
}
