package org.claimgraph.server.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The forms a resource is served in: an HTML page or one of four RDF syntaxes. */
enum Representation {
  HTML("text/html", "html", null, "HTML"),
  TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, "Turtle"),
  JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD, "JSON-LD"),
  NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES, "N-Triples"),
  RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY, "RDF/XML");

  private final String mediaType;
  private final String extension;
  private final RDFFormat rdfFormat;
  private final String displayName;

  Representation(String mediaType, String extension, RDFFormat rdfFormat, String displayName) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.rdfFormat = rdfFormat;
    this.displayName = displayName;
  }

  String mediaType() {
    return mediaType;
  }

  /** The value of {@code ?format=} and the file extension that select this representation. */
  String extension() {
    return extension;
  }

  String displayName() {
    return displayName;
  }

  boolean isRdf() {
    return rdfFormat != null;
  }

  RDFFormat rdfFormat() {
    if (rdfFormat == null) {
      throw new IllegalStateException(this + " is not an RDF syntax");
    }
    return rdfFormat;
  }

  String contentType() {
    return mediaType + "; charset=utf-8";
  }

  static List<Representation> rdfSyntaxes() {
    return Arrays.stream(values()).filter(Representation::isRdf).toList();
  }

  static Optional<Representation> byExtension(String extension) {
    return Arrays.stream(values()).filter(r -> r.extension.equalsIgnoreCase(extension)).findFirst();
  }
}
