package org.claimgraph.server.pages;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** Reading values out of SPARQL result rows, where OPTIONAL parts may be unbound. */
final class Rows {

  private Rows() {}

  static Node node(QuerySolution row, String variable) {
    RDFNode value = row.get(variable);
    return value == null ? null : value.asNode();
  }

  static String text(QuerySolution row, String variable) {
    Node node = node(row, variable);
    return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
  }

  static Integer integer(QuerySolution row, String variable) {
    String text = text(row, variable);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static long number(QuerySolution row, String variable) {
    String text = text(row, variable);
    if (text == null) {
      return 0;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
