package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over labels in Chinese and English. Uses the jena-text index ({@code text:query} on rdfs:label) when the
 * dataset has one; when it has none, or the index finds nothing (an analyzer may split Chinese differently from the
 * query), falls back to a case-insensitive substring match over names.
 */
final class LabelSearch {

  /** A resource that matched, with what the page shows about it. */
  record Hit(NodeView resource, List<LabelBook.Label> otherNames, List<NodeView> types, long mentions) {
    boolean hasMentions() {
      return mentions > 0;
    }
  }

  static final int MAX_HITS = 200;
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.server.pages");

  private final DatasetReader reader;
  private final Labeller labeller;

  LabelSearch(DatasetReader reader, Labeller labeller) {
    this.reader = reader;
    this.labeller = labeller;
  }

  List<Hit> search(String query, PageLanguage language) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    return reader.read(() -> {
      Set<Node> found = new LinkedHashSet<>();
      if (reader.hasTextIndex()) {
        found.addAll(textIndexMatches(q));
      }
      if (found.isEmpty()) {
        found.addAll(substringMatches(q));
      }
      return rank(q, found, language);
    });
  }

  private List<Node> textIndexMatches(String q) {
    String lucene = luceneQuery(q);
    try {
      return reader.select("SELECT ?s (MAX(?score) AS ?best) WHERE { (?s ?score) text:query (rdfs:label "
              + DatasetReader.sparql(NodeFactory.createLiteralString(lucene)) + " " + MAX_HITS + ") FILTER(isIRI(?s)) }"
              + " GROUP BY ?s ORDER BY DESC(?best)").stream()
          .map(row -> Rows.node(row, "s"))
          .toList();
    } catch (RuntimeException e) {
      LOG.warn("Text index search for '{}' failed ({}); searching labels by substring instead", q, e.getMessage());
      return List.of();
    }
  }

  private List<Node> substringMatches(String q) {
    String needle = DatasetReader.sparql(NodeFactory.createLiteralString(q.toLowerCase(Locale.ROOT)));
    return reader.select("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?l } VALUES ?p { " + Terms.NAME_PREDICATES
            + " skos:altLabel } FILTER(isIRI(?s) && isLiteral(?l) && CONTAINS(LCASE(STR(?l)), " + needle + ")) }"
            + " LIMIT " + MAX_HITS).stream()
        .map(row -> Rows.node(row, "s"))
        .toList();
  }

  /** Mentioned entities before other resources (ontology terms); within each, exact names first, then names that
   *  start with the query, then the most mentioned. */
  private List<Hit> rank(String q, Set<Node> found, PageLanguage language) {
    if (found.isEmpty()) {
      return List.of();
    }
    LabelBook book = labeller.lookup(found, language);
    Map<Node, Long> mentions = new HashMap<>();
    for (QuerySolution row : reader.select("SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { VALUES ?e { "
        + DatasetReader.values(found) + " } GRAPH ?g { ?m itsrdf:taIdentRef ?e } } GROUP BY ?e")) {
      mentions.put(Rows.node(row, "e"), Rows.number(row, "n"));
    }
    Set<Node> types = new LinkedHashSet<>();
    found.forEach(n -> types.addAll(book.types(n)));
    LabelBook typeBook = labeller.lookup(types, language);
    String lower = q.toLowerCase(Locale.ROOT);
    List<Node> ordered = new ArrayList<>(found);
    ordered.sort(Comparator
        .comparingInt((Node n) -> labeller.mapping().isLocal(n.getURI()) && mentions.containsKey(n) ? 0 : 1)
        .thenComparingInt(n -> matchRank(lower, book.names(n)))
        .thenComparingLong(n -> -mentions.getOrDefault(n, 0L))
        .thenComparing(n -> book.label(n).text()));
    List<Hit> hits = new ArrayList<>();
    for (Node node : ordered) {
      LabelBook.Label main = book.label(node);
      List<LabelBook.Label> others = book.names(node).stream().filter(l -> !l.text().equals(main.text())).toList();
      List<NodeView> typeViews = book.types(node).stream()
          .map(t -> typeBook.view(t).withColour(TypePalette.chipColour(t)))
          .toList();
      hits.add(new Hit(book.view(node), others, typeViews,
          mentions.getOrDefault(node, 0L)));
    }
    return hits;
  }

  private static int matchRank(String lowerQuery, List<LabelBook.Label> names) {
    int best = 3;
    for (LabelBook.Label name : names) {
      String lower = name.text().toLowerCase(Locale.ROOT);
      int rank = lower.equals(lowerQuery) ? 0 : lower.startsWith(lowerQuery) ? 1 : lower.contains(lowerQuery) ? 2 : 3;
      best = Math.min(best, rank);
    }
    return best;
  }

  /** Each word of the query, lower-cased (so AND/OR/NOT stay words) and escaped; Latin words also match as
   *  prefixes ("open" finds "OpenAI"). */
  static String luceneQuery(String q) {
    List<String> clauses = new ArrayList<>();
    for (String word : q.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String escaped = QueryParserBase.escape(word.toLowerCase(Locale.ROOT));
      clauses.add(word.matches("[\\p{IsLatin}\\p{Nd}]+") ? "(" + escaped + " OR " + escaped + "*)" : escaped);
    }
    return String.join(" AND ", clauses);
  }
}
