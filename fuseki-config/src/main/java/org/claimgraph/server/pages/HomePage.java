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

/**
 * The home page: dataset statistics with charts, the documents, the most mentioned entities, and entry points (the
 * server's example queries opened in the query UI, the endpoints).
 * <p>
 * The page is computed once per state of the data ({@link DataVersion}) and language, and served from memory until a
 * write commits: a load, a Graph Store Protocol PUT, an update. Its counts are kept per named graph
 * ({@link GraphFigures}), so after a write that came through the server only the graphs it changed are counted again.
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
  private final Optional<GraphChanges> changes;
  private final GraphFigures figures;
  private DataVersion.Tag figuresVersion;
  private GraphFigures.Total total;

  /** The example queries are read here, at start-up, not per request. */
  HomePage(DatasetReader reader, Labeller labeller, SiteLinks site, Messages messages) {
    this.reader = reader;
    this.labeller = labeller;
    this.site = site;
    this.messages = messages;
    this.examples = ExampleQueries.all();
    this.changes = GraphChanges.of(reader.dataset());
    this.figures = new GraphFigures(reader, entityPrefix());
  }

  /**
   * The page for the data as it is now: kept from an earlier request unless a write has committed since. After a write
   * only the graphs it changed are counted again ({@link GraphChanges}); when the writes since the last page are not
   * all known, every graph is.
   */
  View build(PageLanguage language) {
    // One computation at a time; requests that arrive meanwhile wait for it rather than count too. The version and
    // the counts are read in one transaction, so the counts kept are those of the version they are kept under.
    synchronized (kept) {
      return reader.read(() -> {
        Optional<DataVersion.Tag> now = reader.version();
        if (now.isEmpty()) {
          GraphFigures fresh = new GraphFigures(reader, entityPrefix());
          fresh.computeAll();
          return compute(language, fresh.total());
        }
        Kept page = kept.get(language);
        if (page != null && page.version().equals(now.get())) {
          return page.view();
        }
        View view = compute(language, figuresAt(now.get()));
        kept.put(language, new Kept(now.get(), view));
        return view;
      });
    }
  }

  /** The store's figures at {@code now}, updated graph by graph from those kept when the changes are known. */
  private GraphFigures.Total figuresAt(DataVersion.Tag now) {
    if (figuresVersion == null || !figuresVersion.equals(now)) {
      Optional<Set<Node>> changed = figuresVersion == null ? Optional.empty()
          : changes.flatMap(log -> log.changedBetween(figuresVersion, now));
      if (changed.isPresent()) {
        figures.recompute(changed.get());
      } else {
        figures.computeAll();
      }
      figuresVersion = now;
      total = figures.total();
    }
    return total;
  }

  private String entityPrefix() {
    return labeller.mapping().layout().entityPrefix();
  }

  /** How many times the page has been computed from the store (for tests of the keeping). */
  long computations() {
    return computations.get();
  }

  /** How many graphs have been counted so far (for tests: a write costs the graphs it changed). */
  long graphsCounted() {
    synchronized (kept) {
      return figures.graphsComputed();
    }
  }

  private View compute(PageLanguage language, GraphFigures.Total figures) {
    computations.incrementAndGet();
    {
      Map<String, String> t = messages.of(language);
      long triples = figures.triples();
      long graphs = figures.graphs();
      long documents = figures.documents();
      long claims = figures.claims();
      long entities = figures.entities();
      List<GraphFigures.Count> byType = figures.entitiesByType();
      List<GraphFigures.Count> byStance = figures.claimsByStance();
      List<GraphFigures.DocumentRow> docs = figures.documents100();
      List<GraphFigures.Count> top = figures.topEntities();

      Set<Node> toLabel = new LinkedHashSet<>();
      byType.forEach(r -> toLabel.add(r.key()));
      byStance.forEach(r -> toLabel.add(r.key()));
      docs.forEach(r -> toLabel.add(r.document()));
      top.forEach(r -> toLabel.add(r.key()));
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
      for (GraphFigures.Count row : byType) {
        Node type = row.key();
        LabelBook.Label label = book.label(type);
        typeBars.add(new BarChart.Bar(label.text(), label.lang(), row.count(), TypePalette.colourOf(type),
            labeller.mapping().pagePath(type.getURI())));
      }
      List<BarChart.Bar> stanceBars = new ArrayList<>();
      for (GraphFigures.Count row : byStance) {
        Node stance = row.key();
        LabelBook.Label label = stance == null ? new LabelBook.Label(t.get("stanceNone"), language.code())
            : book.label(stance);
        stanceBars.add(new BarChart.Bar(label.text(), label.lang(), row.count(),
            ClaimSummaries.stanceColour(stance), stance == null ? null : labeller.mapping().pagePath(stance.getURI())));
      }
      List<DocumentEntry> documentEntries = docs.stream()
          .map(r -> new DocumentEntry(book.view(r.document()), r.date(), r.claims()))
          .toList();
      List<EntityEntry> topEntries = top.stream()
          .map(r -> new EntityEntry(book.view(r.key()), r.count()))
          .toList();
      List<ExampleLink> exampleLinks = examples.stream()
          .map(e -> new ExampleLink(title(e, language), site.queryUi(e.sparql())))
          .toList();
      return new View(statistics, BarChart.draw(t.get("chartEntitiesByType"), typeBars),
          BarChart.draw(t.get("chartClaimsByStance"), stanceBars), documentEntries, topEntries, exampleLinks,
          site.sparqlEndpoint(), site.graphStore(), site.queryUi());
    }
  }

  private static String title(ExampleQuery example, PageLanguage language) {
    Matcher chinese = CHINESE_TITLE.matcher(example.sparql());
    return language == PageLanguage.ZH && chinese.find() ? chinese.group(1) : example.title();
  }
}
