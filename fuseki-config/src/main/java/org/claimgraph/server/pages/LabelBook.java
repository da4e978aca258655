package org.claimgraph.server.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/** The labels, types and link targets of a batch of terms, ready to turn into {@link NodeView}s. */
final class LabelBook {

  /** A label found for a resource: which predicate (index, lower is better), its text and language tag. */
  record Candidate(int rank, String text, String languageTag) {}

  /** A chosen label and the HTML language of its text. */
  record Label(String text, String lang) {}

  static final int LONG_TEXT = 280;
  private static final int DERIVED_LABEL_LENGTH = 60;

  private final PageLanguage language;
  private final IriMapping mapping;
  private final PrefixMapping prefixes;
  private final Map<Node, List<Candidate>> labels;
  private final Map<Node, List<Node>> types;
  private final Set<Node> described;

  LabelBook(PageLanguage language, IriMapping mapping, PrefixMapping prefixes, Map<Node, List<Candidate>> labels,
      Map<Node, List<Node>> types, Set<Node> described) {
    this.language = language;
    this.mapping = mapping;
    this.prefixes = prefixes;
    this.labels = labels;
    this.types = types;
    this.described = described;
  }

  PageLanguage language() {
    return language;
  }

  List<Node> types(Node node) {
    return types.getOrDefault(node, List.of());
  }

  boolean isDescribed(Node node) {
    return described.contains(node);
  }

  /** The best label of a resource in the page language, falling back to the other language, then to its IRI. */
  Label label(Node node) {
    if (node.isLiteral()) {
      return new Label(node.getLiteralLexicalForm(), htmlLang(node.getLiteralLanguage()));
    }
    if (!node.isURI()) {
      return new Label("_:" + node.getBlankNodeLabel(), null);
    }
    List<Candidate> candidates = labels.getOrDefault(node, List.of());
    return candidates.stream()
        .min(Comparator.comparingInt(Candidate::rank).thenComparingInt(c -> languageScore(c.languageTag()))
            .thenComparing(Candidate::text))
        .map(c -> new Label(c.rank() < Labeller.NAME_RANKS ? c.text() : shorten(c.text(), DERIVED_LABEL_LENGTH),
            htmlLang(c.languageTag())))
        .orElseGet(() -> new Label(shortName(node.getURI()), null));
  }

  /** Every name of a resource (rdfs:label, skos:prefLabel, title), each once, page language first. */
  List<Label> names(Node node) {
    return labels.getOrDefault(node, List.of()).stream()
        .filter(c -> c.rank() < Labeller.NAME_RANKS)
        .sorted(Comparator.comparingInt((Candidate c) -> languageScore(c.languageTag())).thenComparing(Candidate::text))
        .map(c -> new Label(c.text(), htmlLang(c.languageTag())))
        .distinct()
        .toList();
  }

  NodeView view(Node node) {
    if (node.isLiteral()) {
      String text = node.getLiteralLexicalForm();
      String tag = node.getLiteralLanguage().isEmpty() ? shortDatatype(node) : "@" + node.getLiteralLanguage();
      return new NodeView(text, htmlLang(node.getLiteralLanguage()), null, false, null, true, tag,
          text.length() > LONG_TEXT ? shorten(text, LONG_TEXT) : null, null);
    }
    Label label = label(node);
    if (!node.isURI()) {
      return new NodeView(label.text(), null, null, false, null, false, null, null, null);
    }
    String iri = node.getURI();
    String href;
    boolean external = false;
    if (mapping.isLocal(iri) || described.contains(node)) {
      href = mapping.pagePath(iri);
    } else {
      href = IriMapping.externalHref(iri).orElse(null);
      external = href != null;
    }
    // Entities, claims and documents get their type's colour; concepts and text anchors none.
    String colour = TypePalette.familyColour(types.getOrDefault(node, List.of())).orElse(null);
    return new NodeView(label.text(), label.lang(), href, external, iri, false, null, null, colour);
  }

  /** A prefixed name (cg:Company), the path under the base IRI, or the IRI itself. */
  String shortName(String iri) {
    if (mapping.isLocal(iri)) {
      return iri.substring(mapping.baseIri().length());
    }
    String prefixed = prefixes.qnameFor(iri);
    return prefixed != null ? prefixed : iri;
  }

  private String shortDatatype(Node literal) {
    String datatype = literal.getLiteralDatatypeURI();
    if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())
        || datatype.equals(RDF.langString.getURI())) {
      return null;
    }
    String prefixed = prefixes.qnameFor(datatype);
    return prefixed != null ? prefixed : datatype;
  }

  private int languageScore(String tag) {
    if (language.matchesTag(tag)) {
      return 0;
    }
    if (tag == null || tag.isEmpty()) {
      return 1;
    }
    return language.other().matchesTag(tag) ? 2 : 3;
  }

  static String htmlLang(String tag) {
    return PageLanguage.byCode(tag).map(PageLanguage::code).orElse(tag == null || tag.isEmpty() ? null : tag);
  }

  static String shorten(String text, int length) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.codePointCount(0, flat.length()) <= length ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, length)) + "…";
  }
}
