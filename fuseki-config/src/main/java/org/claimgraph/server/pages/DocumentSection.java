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

/** The part of a document's page: its bibliographic fields, an index of its entities by type, and its claims. */
final class DocumentSection {

  record EntityCount(NodeView entity, long mentions) {}

  record EntityGroup(String label, String lang, String colour, List<EntityCount> entities) {
    int count() {
      return entities.size();
    }
  }

  record View(List<NodeView> dates, List<NodeView> authors, List<NodeView> sourceFiles, List<EntityGroup> groups,
      long entityCount, EntitySection.ClaimList claims) {
    boolean hasGroups() {
      return !groups.isEmpty();
    }
  }

  private final DatasetReader reader;
  private final Labeller labeller;
  private final ClaimSummaries summaries;

  DocumentSection(DatasetReader reader, Labeller labeller, ClaimSummaries summaries) {
    this.reader = reader;
    this.labeller = labeller;
    this.summaries = summaries;
  }

  View build(Node document, PageLanguage language, PageUrl url) {
    String d = DatasetReader.sparql(document);
    List<QuerySolution> fields = reader.select("SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { " + d + " ?p ?o } VALUES ?p {"
        + " cg:datePublished cg:author cg:sourceFile } } ORDER BY ?p ?o");
    List<QuerySolution> entityRows = reader.select("SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g {"
        + " { " + d + " cg:mentions ?e } UNION { " + d + " cg:context ?ctx . ?m nif:referenceContext ?ctx ;"
        + " itsrdf:taIdentRef ?e } } FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY DESC(?n) ?e");
    Set<Node> toLabel = new LinkedHashSet<>();
    fields.forEach(row -> toLabel.add(Rows.node(row, "o")));
    entityRows.forEach(row -> toLabel.add(Rows.node(row, "e")));
    LabelBook book = labeller.lookup(toLabel, language);
    Set<Node> types = new LinkedHashSet<>();
    entityRows.forEach(row -> types.add(primaryType(book.types(Rows.node(row, "e")))));
    types.remove(null);
    LabelBook typeBook = labeller.lookup(types, language);

    Map<Node, List<EntityCount>> byType = new LinkedHashMap<>();
    List<EntityCount> untyped = new ArrayList<>();
    for (QuerySolution row : entityRows) {
      Node entity = Rows.node(row, "e");
      EntityCount count = new EntityCount(book.view(entity), Rows.number(row, "n"));
      Node type = primaryType(book.types(entity));
      if (type == null) {
        untyped.add(count);
      } else {
        byType.computeIfAbsent(type, k -> new ArrayList<>()).add(count);
      }
    }
    List<EntityGroup> groups = new ArrayList<>();
    byType.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Node, List<EntityCount>> en) -> -en.getValue().size())
            .thenComparing(en -> typeBook.label(en.getKey()).text()))
        .forEach(en -> {
          LabelBook.Label label = typeBook.label(en.getKey());
          groups.add(new EntityGroup(label.text(), label.lang(), TypePalette.colourOf(en.getKey()), en.getValue()));
        });
    if (!untyped.isEmpty()) {
      groups.add(new EntityGroup("—", null, TypePalette.UNTYPED, untyped));
    }

    String claimPattern = d + " cg:context ?ctx . ?c rdf:type cg:Claim ; nif:referenceContext ?ctx";
    long claimTotal = reader.count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { " + claimPattern + " } }",
        "n");
    Pager pager = Pager.of(Pager.parsePage(url.parameter("claims")), EntitySection.ITEMS_PER_PAGE, claimTotal,
        page -> url.with("claims", String.valueOf(page), "claims"));
    List<Node> claims = reader.select("SELECT ?c (MIN(?b) AS ?begin) WHERE { GRAPH ?g { " + claimPattern
            + " OPTIONAL { ?c nif:beginIndex ?b } } } GROUP BY ?c ORDER BY ?begin ?c LIMIT " + pager.pageSize()
            + " OFFSET " + pager.offset()).stream()
        .map(row -> Rows.node(row, "c"))
        .toList();

    return new View(values(fields, Terms.DATE_PUBLISHED, book), values(fields, Terms.AUTHOR, book),
        values(fields, Terms.SOURCE_FILE, book), groups, entityRows.size(),
        new EntitySection.ClaimList(summaries.summarise(claims, language), pager));
  }

  /** The class to file an entity under: claimgraph's own class when it has one. */
  private static Node primaryType(List<Node> types) {
    return types.stream().filter(t -> t.getURI().startsWith(Terms.CG_NS)).findFirst()
        .orElse(types.isEmpty() ? null : types.get(0));
  }

  private static List<NodeView> values(List<QuerySolution> fields, Node predicate, LabelBook book) {
    return fields.stream()
        .filter(row -> predicate.equals(Rows.node(row, "p")))
        .map(row -> book.view(Rows.node(row, "o")))
        .toList();
  }
}
