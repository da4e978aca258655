package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.EltStreamRDF;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.claimgraph.ontology.CG;
import org.claimgraph.ontology.ClaimgraphOntology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces named graphs of a store, each call in ONE write transaction: the graphs a call touches are
 * cleared and refilled together, and if anything fails half way (a parse error, a source that throws)
 * the transaction is aborted and the store keeps its previous state, text index included.
 * <p>
 * Files loaded into an empty TDB2 store take the bulk path ({@link BulkLoad}): the same single transaction, but
 * the quads go into TDB2's primary index only and the other indexes are built from it at the end, as Jena's
 * sequential bulk loader does; the text index is fed the same entries as on the ordinary path.
 */
public final class GraphLoader {

    /** The named graph that holds the claimgraph ontology (docs/rdf-model.md): {@link CG#ONTOLOGY_IRI}. */
    public static final String ONTOLOGY_GRAPH = CG.ONTOLOGY_IRI;

    private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);

    static {
        SafeParsing.install(); // no DTDs in RDF/XML, no remote JSON-LD contexts
    }

    private final DatasetGraph dataset;

    public GraphLoader(TdbStore store) {
        this(Objects.requireNonNull(store, "store").dataset());
    }

    /** Loads into any transactional dataset (the store, or the dataset a server serves). */
    public GraphLoader(DatasetGraph dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        if (!dataset.supportsTransactions())
            throw new IllegalArgumentException("GraphLoader needs a transactional dataset, got "
                    + dataset.getClass().getName());
    }

    /** Replaces {@code graphIri} with the triples of {@code source}. */
    public LoadReport replaceGraph(String graphIri, Graph source) {
        Objects.requireNonNull(source, "source");
        Node graph = graphNode(graphIri);
        return inWriteTransaction(graph, sink -> {
            ExtendedIterator<Triple> triples = source.find();
            try {
                triples.forEachRemaining(sink::triple);
            } finally {
                triples.close();
            }
        });
    }

    /** Replaces {@code graphIri} with the statements of {@code source}. */
    public LoadReport replaceGraph(String graphIri, Model source) {
        return replaceGraph(graphIri, Objects.requireNonNull(source, "source").getGraph());
    }

    /**
     * Replaces {@code graphIri} with a stream of quads, as a mapper produces them. Each quad must be in that
     * graph or in the default graph (then it goes to {@code graphIri}); a quad for another graph aborts the load.
     */
    public LoadReport replaceGraph(String graphIri, Iterator<Quad> quads) {
        Objects.requireNonNull(quads, "quads");
        Node graph = graphNode(graphIri);
        return inWriteTransaction(graph, sink -> {
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (!quad.isDefaultGraph() && !quad.getGraph().equals(graph))
                    throw new LoadException("A quad for graph <" + quad.getGraph().getURI()
                            + "> came while replacing <" + graphIri + ">: " + quad, null);
                sink.triple(quad.asTriple());
            }
        });
    }

    /** Replaces the ontology graph {@link #ONTOLOGY_GRAPH} with the bundled claimgraph ontology. */
    public LoadReport loadOntology() {
        return loadOntology(ClaimgraphOntology.ontologyModel().getGraph());
    }

    /** Replaces the ontology graph {@link #ONTOLOGY_GRAPH} with {@code ontology}. */
    public LoadReport loadOntology(Graph ontology) {
        return replaceGraph(ONTOLOGY_GRAPH, ontology);
    }

    /** As {@link #loadFiles(List, String)} for one file. */
    public LoadReport loadFile(Path file, String graphForTriples) {
        return loadFiles(List.of(file), graphForTriples);
    }

    /**
     * Loads RDF files of any standard syntax, chosen by extension (.ttl, .trig, .nq, .nt, .jsonld, .rdf/.owl,
     * optionally .gz). Every named graph in the files replaces the graph of that name in the store (a graph
     * spread over several of the files gets all of their triples). Triples outside a named graph (all of a
     * Turtle file, say) go to {@code graphForTriples}; when that is null such triples are an error.
     * <p>
     * All files are loaded in one transaction: one parse error (reported with file, line and column) and
     * nothing from any of them is stored.
     */
    public LoadReport loadFiles(List<Path> files, String graphForTriples) {
        Objects.requireNonNull(files, "files");
        Node defaultTarget = graphForTriples == null ? null : graphNode(graphForTriples);
        for (Path file : files)
            checkReadable(file);
        SinkAction parseAll = sink -> {
            for (Path file : files) {
                Lang lang = langOf(file);
                sink.startFile(file, defaultTarget);
                if (isEmpty(file))
                    continue; // no triples, in any syntax (JSON-LD and RDF/XML parsers call it an error)
                try {
                    parseOnAnotherThread(RDFParser.source(file).lang(lang).errorHandler(new FailOnError(file)), sink);
                } catch (LoadException e) {
                    throw e;
                } catch (RiotException e) {
                    throw new LoadException(file, -1, -1, e.getMessage(), e);
                }
                LOG.debug("Parsed {} ({})", file, lang.getLabel());
            }
        };
        Optional<BulkLoad> bulk = BulkLoad.intoEmptyStore(dataset);
        if (bulk.isEmpty())
            return inWriteTransaction(null, parseAll);
        try {
            return Txn.calculateWrite(dataset, () -> {
                bulk.get().start();
                ReplacingSink sink = new ReplacingSink(bulk.get());
                try {
                    parseAll.run(sink);
                } finally {
                    bulk.get().finish(); // builds the other indexes; on failure too, before the abort
                }
                return sink.report().withStoreTriples(bulk.get().triplesInAll());
            });
        } finally {
            bulk.get().release();
        }
    }

    private LoadReport inWriteTransaction(Node graphToClear, SinkAction action) {
        return Txn.calculateWrite(dataset, () -> {
            ReplacingSink sink = new ReplacingSink(new TransactionalWrites(dataset), graphToClear);
            action.run(sink);
            return sink.report();
        });
    }

    /**
     * Parses on a thread of its own while this one, which holds the write transaction, stores what was parsed: on two
     * cores parsing no longer adds to the loading time. A parse error is raised here, as the parser raised it.
     */
    private static void parseOnAnotherThread(RDFParserBuilder parser, StreamRDF sink) {
        try (Stream<EltStreamRDF> elements = AsyncParser.of(parser).setDaemonMode(true).streamElements()) {
            elements.forEach(element -> {
                if (element.isQuad())
                    sink.quad(element.quad());
                else if (element.isTriple())
                    sink.triple(element.triple());
                else if (element.isException())
                    throw element.exception() instanceof RuntimeException e ? e
                            : new RiotException(element.exception().getMessage(), element.exception());
            });
        }
    }

    private static Node graphNode(String graphIri) {
        Objects.requireNonNull(graphIri, "graphIri");
        try {
            IRIx iri = IRIx.create(graphIri);
            if (!iri.isReference())
                throw new IllegalArgumentException("Graph name must be an absolute IRI, got \"" + graphIri + "\"");
        } catch (IRIException e) {
            throw new IllegalArgumentException("Graph name is not a valid IRI: \"" + graphIri + "\" ("
                    + e.getMessage() + ")", e);
        }
        return NodeFactory.createURI(graphIri);
    }

    private static void checkReadable(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new LoadException(file, -1, -1, "file not found or not readable", null);
        langOf(file);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new LoadException(file, -1, -1, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static Lang langOf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang))
            throw new LoadException(file, -1, -1, "unknown RDF syntax; name the file .ttl, .trig, .nq, .nt,"
                    + " .jsonld or .rdf (optionally with .gz)", null);
        return lang;
    }

    @FunctionalInterface
    private interface SinkAction {
        void run(ReplacingSink sink);
    }

    /** Where a sink's quads go, inside the write transaction. */
    interface QuadWrites {
        /** Empties {@code graph} (called once per graph, before its first quad). */
        void clear(Node graph);

        void add(Node graph, Triple triple);

        /** Triples {@code graph} holds now, inside the transaction. */
        long triplesIn(Node graph);
    }

    /** Through the dataset (and so through jena-text's index), quad by quad. */
    private record TransactionalWrites(DatasetGraph dataset) implements QuadWrites {
        @Override
        public void clear(Node graph) {
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public void add(Node graph, Triple triple) {
            dataset.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
        }

        @Override
        public long triplesIn(Node graph) {
            return QuadCounts.inGraph(dataset, graph);
        }
    }

    /** Clears each target graph when its first triple arrives, then adds. Runs inside the write transaction. */
    private static final class ReplacingSink implements StreamRDF {
        private final QuadWrites writes;
        private final Set<Node> replaced = new LinkedHashSet<>();
        private final Map<Path, Long> triplesPerFile = new LinkedHashMap<>();
        private Node defaultTarget;
        private Path file;

        ReplacingSink(QuadWrites writes, Node graphToClear) {
            this.writes = writes;
            this.defaultTarget = graphToClear;
            if (graphToClear != null)
                clearOnce(graphToClear); // replacing with an empty source still empties the graph
        }

        ReplacingSink(QuadWrites writes) {
            this(writes, null);
        }

        void startFile(Path file, Node defaultTarget) {
            this.file = file;
            this.defaultTarget = defaultTarget;
            triplesPerFile.putIfAbsent(file, 0L);
        }

        /** The graphs replaced, with the triples each holds now, and the triples read per file. */
        LoadReport report() {
            List<LoadReport.GraphCount> counts = new ArrayList<>();
            for (Node graph : replaced)
                counts.add(new LoadReport.GraphCount(graph.getURI(), writes.triplesIn(graph)));
            List<LoadReport.FileCount> files = new ArrayList<>();
            triplesPerFile.forEach((f, n) -> files.add(new LoadReport.FileCount(f, n)));
            return new LoadReport(counts, files);
        }

        @Override
        public void triple(Triple triple) {
            add(defaultTarget, triple);
        }

        @Override
        public void quad(Quad quad) {
            add(quad.isDefaultGraph() ? defaultTarget : quad.getGraph(), quad.asTriple());
        }

        private void add(Node graph, Triple triple) {
            if (graph == null)
                throw new LoadException(file, -1, -1, "holds triples outside any named graph and no target graph"
                        + " was given; name one (e.g. the document's graph IRI) or use TriG / N-Quads", null);
            if (!graph.isURI())
                throw new LoadException(file, -1, -1, "named graphs must be IRIs, found " + graph, null);
            clearOnce(graph);
            writes.add(graph, triple);
            if (file != null)
                triplesPerFile.merge(file, 1L, Long::sum);
        }

        private void clearOnce(Node graph) {
            if (replaced.add(graph))
                writes.clear(graph);
        }

        @Override public void start() {}
        @Override public void base(String base) {}
        @Override public void prefix(String prefix, String iri) {}
        @Override public void finish() {}
    }

    /** Turns the first parse error into a {@link LoadException} with its position; logs warnings. */
    private record FailOnError(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}:{}:{}: {}", file, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new LoadException(file, line, col, message, null);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new LoadException(file, line, col, message, null);
        }
    }
}
