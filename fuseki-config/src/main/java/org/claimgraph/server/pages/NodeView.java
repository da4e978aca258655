package org.claimgraph.server.pages;

/**
 * How one RDF term is shown: its label (never a bare IRI when a label exists), where it links to, and for
 * literals their language tag or datatype. Every string is escaped by the templates.
 *
 * @param text the label or literal text
 * @param lang the HTML lang of the text (zh, en or null), so the browser picks a suitable font
 * @param href link target on this server or outside, or null
 * @param external true when href leaves the server
 * @param iri the full IRI, shown as a tooltip (null for literals)
 * @param literal true for a literal
 * @param tag the literal's language tag or short datatype, or null
 * @param preview a shortened text for long literals, or null when the text is short
 * @param colour the colour of the resource's type (a CSS colour), or null
 */
record NodeView(String text, String lang, String href, boolean external, String iri, boolean literal, String tag,
    String preview, String colour) {

  boolean hasPreview() {
    return preview != null;
  }

  NodeView withColour(String newColour) {
    return new NodeView(text, lang, href, external, iri, literal, tag, preview, newColour);
  }
}
