package org.claimgraph.server.pages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Colours for types, chosen from the class's local name so that subclasses share their family's colour
 * (Company and ResearchOrganization look like Organization).
 */
final class TypePalette {

  private static final String[][] FAMILIES = {
      {"person", "#d9480f"},
      {"organization", "#1c64b4"},
      {"company", "#1c64b4"},
      {"model", "#7048e8"},
      {"product", "#0c8599"},
      {"event", "#c2255c"},
      {"place", "#2b8a3e"},
      {"topic", "#b7791f"},
      {"claim", "#495057"},
      {"article", "#343a40"},
  };
  private static final String[] SPARE = {"#5f3dc4", "#087f5b", "#a61e4d", "#364fc7", "#e67700", "#2f9e44"};
  static final String UNTYPED = "#868e96";

  private TypePalette() {}

  /** The colour of a class: its family's, or a stable spare colour for a class of no known family. */
  static String colourOf(Node type) {
    if (type == null || !type.isURI()) {
      return UNTYPED;
    }
    return family(type).orElse(SPARE[Math.floorMod(type.getURI().hashCode(), SPARE.length)]);
  }

  /** The family colour of something with these types, claimgraph's own classes first; empty for concepts and
   *  other things outside the families (stances, claim kinds, sentences). */
  static Optional<String> familyColour(List<Node> types) {
    return types.stream()
        .filter(t -> t.isURI() && t.getURI().startsWith(Terms.CG_NS))
        .map(TypePalette::family)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The colour of a type chip: the class's family colour, or grey. */
  static String chipColour(Node type) {
    return type != null && type.isURI() ? family(type).orElse(UNTYPED) : UNTYPED;
  }

  /** The colour of an entity in the picture, where every node needs one. */
  static String colourOf(List<Node> types) {
    return familyColour(types).orElse(UNTYPED);
  }

  private static Optional<String> family(Node type) {
    String local = localName(type.getURI()).toLowerCase(Locale.ROOT);
    for (String[] family : FAMILIES) {
      if (local.contains(family[0])) {
        return Optional.of(family[1]);
      }
    }
    return Optional.empty();
  }

  static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }
}
