package org.claimgraph.store;

import java.io.OutputStream;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.ontology.ClaimgraphOntology;

/**
 * Writes one named graph, or the whole store, in one of the {@link ExportFormat}s, reading in a read
 * transaction. Turtle and TriG are pretty-printed with the ontology's prefixes (the graph is copied into
 * memory for that); N-Quads is streamed.
 */
public final class Exporter {

    private final DatasetGraph dataset;
    private final PrefixMapping prefixes;

    /** Exports from a store with the ontology's prefixes. */
    public Exporter(TdbStore store) {
        this(Objects.requireNonNull(store, "store").dataset(), ClaimgraphOntology.prefixes());
    }

    /** Exports from any dataset, with the given prefixes (copied). */
    public Exporter(DatasetGraph dataset, PrefixMapping prefixes) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(Objects.requireNonNull(prefixes, "prefixes"))
                .lock();
    }

    /** The ontology's prefixes, as used by {@link #Exporter(TdbStore)}. */
    public static PrefixMapping defaultPrefixes() {
        return ClaimgraphOntology.prefixes();
    }

    /**
     * Writes the named graph {@code graphIri}. Turtle gives its triples; TriG, N-Quads and JSON-LD keep the
     * graph name.
     *
     * @throws StoreException when the store has no such graph
     */
    public void exportGraph(String graphIri, ExportFormat format, OutputStream out) {
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Node graphName = NodeFactory.createURI(graphIri);
        Txn.executeRead(dataset, () -> {
            if (!dataset.containsGraph(graphName) || dataset.getGraph(graphName).isEmpty())
                throw new StoreException("No graph <" + graphIri + "> in the store; list the graphs with"
                        + " SELECT DISTINCT ?g { GRAPH ?g {} }");
            if (format == ExportFormat.NQUADS) {
                streamQuads(graphName, out);
                return;
            }
            Graph graph = copyOf(dataset.getGraph(graphName));
            if (format == ExportFormat.TURTLE) {
                write(graph, RDFFormat.TURTLE_PRETTY, out);
            } else {
                DatasetGraph one = DatasetGraphFactory.createTxnMem();
                one.addGraph(graphName, graph);
                write(one, format, out);
            }
        });
    }

    /**
     * Writes the whole store. TriG, N-Quads and JSON-LD keep every named graph; Turtle, which has no named
     * graphs, gets the merge of all graphs (what a query sees as the union default graph).
     */
    public void exportAll(ExportFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Txn.executeRead(dataset, () -> {
            if (format == ExportFormat.NQUADS) {
                streamQuads(Node.ANY, out);
                return;
            }
            if (format == ExportFormat.TURTLE) {
                Graph merged = GraphFactory.createDefaultGraph();
                dataset.find().forEachRemaining(quad -> merged.add(quad.asTriple()));
                write(merged, RDFFormat.TURTLE_PRETTY, out);
                return;
            }
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            dataset.find().forEachRemaining(copy::add);
            write(copy, format, out);
        });
    }

    private void streamQuads(Node graphName, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(writer::quad);
        writer.finish();
    }

    private Graph copyOf(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    private void write(Graph graph, RDFFormat format, OutputStream out) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        RDFWriter.source(graph).format(format).output(out);
    }

    private void write(DatasetGraph copy, ExportFormat format, OutputStream out) {
        PrefixMap prefixMap = Prefixes.adapt(prefixes);
        copy.prefixes().putAll(prefixMap);
        RDFFormat rdfFormat = switch (format) {
            case TRIG -> RDFFormat.TRIG_PRETTY;
            case JSONLD -> RDFFormat.JSONLD_PRETTY;
            default -> throw new IllegalStateException("Not a dataset format: " + format);
        };
        RDFWriter.source(copy).format(rdfFormat).output(out);
    }
}
