package org.claimgraph.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.ontology.IriLayout;

/**
 * Makes a large store out of real extractions: copies each document's named graph of an N-Quads file under new
 * document IRIs until there are N documents. Only the document's own resources (its graph, {@code doc/D} and
 * everything under {@code doc/D/}) are renamed; entities, rules and every literal stay as extracted, so each copy holds
 * exactly the triples the extractor produced for a real article, and entities gather mentions from many documents as
 * they would in a growing corpus. Usage: {@code ReplicateDocuments IN.nq N OUT.nq}.
 */
public final class ReplicateDocuments {

  private ReplicateDocuments() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ReplicateDocuments IN.nq DOCUMENTS OUT.nq");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    IriLayout layout = IriLayout.standard();

    Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
    RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        byGraph.computeIfAbsent(quad.getGraph(), g -> new ArrayList<>()).add(quad);
      }
    });
    if (byGraph.isEmpty()) {
      throw new IllegalArgumentException(in + " holds no named graph");
    }
    List<Node> graphs = new ArrayList<>(byGraph.keySet());
    String graphPrefix = layout.graph("");
    long quads = 0;
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      StreamRDF writer = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
      writer.start();
      for (int i = 0; i < documents; i++) {
        Node graph = graphs.get(i % graphs.size());
        int copy = i / graphs.size();
        String docId = graph.getURI().substring(graphPrefix.length());
        Renamer renamer = new Renamer(layout, docId, copy == 0 ? docId : docId + "-copy" + copy);
        for (Quad quad : byGraph.get(graph)) {
          writer.quad(Quad.create(renamer.rename(quad.getGraph()), renamer.rename(quad.getSubject()),
              quad.getPredicate(), renamer.rename(quad.getObject())));
          quads++;
        }
      }
      writer.finish();
    }
    System.err.printf("%s: %d documents from %d real ones, %d quads%n", out, documents, graphs.size(), quads);
  }

  /** Renames one document's own IRIs: its graph, the document and everything under it. */
  private record Renamer(String oldGraph, String newGraph, String oldDocument, String newDocument) {
    Renamer(IriLayout layout, String oldId, String newId) {
      this(layout.graph(oldId), layout.graph(newId), layout.document(oldId), layout.document(newId));
    }

    Node rename(Node node) {
      if (!node.isURI()) {
        return node;
      }
      String iri = node.getURI();
      if (iri.equals(oldGraph)) {
        return NodeFactory.createURI(newGraph);
      }
      if (iri.equals(oldDocument) || iri.startsWith(oldDocument + "/")) {
        return NodeFactory.createURI(newDocument + iri.substring(oldDocument.length()));
      }
      return node;
    }
  }
}
