package org.claimgraph.cli;

import java.io.OutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.shared.PrefixMapping;
import org.claimgraph.store.ExportFormat;
import org.claimgraph.store.Exporter;

/**
 * The RDF that {@code extract} writes, one document's quads at a time through Jena's {@link StreamRDF}, so nothing
 * is kept once written. Turtle, TriG and N-Quads stream (Turtle and TriG in Jena's "blocks" style, with the
 * ontology's prefixes); JSON-LD cannot be written in pieces, so it alone is collected and written at the end.
 */
final class RdfOutput implements ExtractionRun.Destination, AutoCloseable {
  private final ExportFormat format;
  private final OutputStream out;
  private final StreamRDF stream;
  private final DatasetGraph jsonld;

  RdfOutput(ExportFormat format, OutputStream out) {
    this.format = format;
    this.out = out;
    PrefixMapping prefixes = Exporter.defaultPrefixes();
    if (format == ExportFormat.JSONLD) {
      stream = null;
      jsonld = DatasetGraphFactory.createTxnMem();
      return;
    }
    jsonld = null;
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, switch (format) {
      case TURTLE -> RDFFormat.TURTLE_BLOCKS;
      case TRIG -> RDFFormat.TRIG_BLOCKS;
      default -> RDFFormat.NQUADS;
    });
    // Turtle has no named graphs: each document's triples go to the one graph written (the merge of the graphs).
    stream = format != ExportFormat.TURTLE ? writer : new StreamRDFWrapper(writer) {
      @Override
      public void quad(Quad quad) {
        triple(quad.asTriple());
      }
    };
    stream.start();
    if (format != ExportFormat.NQUADS) {
      prefixes.getNsPrefixMap().forEach(stream::prefix);
    }
  }

  @Override
  public void accept(ExtractionRun.Document document) {
    if (jsonld != null) {
      document.quads().forEach(jsonld::add);
    } else {
      document.quads().forEach(stream::quad);
    }
  }

  /** Ends the output (and writes JSON-LD, the one format that waits for the end). */
  @Override
  public void close() {
    if (jsonld != null) {
      new Exporter(jsonld, Exporter.defaultPrefixes()).exportAll(format, out);
    } else {
      stream.finish();
    }
  }
}
