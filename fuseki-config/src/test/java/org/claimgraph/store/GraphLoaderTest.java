package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphLoaderTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private TdbStore store;
    private GraphLoader loader;

    @BeforeEach
    void openStoreWithTheTwoDocuments() {
        store = TdbStore.open(dataDir);
        loader = new GraphLoader(store);
        loader.loadFile(Fixtures.twoDocuments(), null);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void replacesOneGraphAndLeavesTheOthersAlone() {
        Model replacement = RDFParser.source(Fixtures.file("kg/replacement-d1.ttl")).toModel();

        LoadReport report = loader.replaceGraph(Fixtures.D1, replacement);

        assertThat(report.graphs()).containsExactly(new LoadReport.GraphCount(Fixtures.D1, replacement.size()));
        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(replacement.getGraph())).isTrue();
        assertThat(storedGraph(Fixtures.D2).isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D2))).isTrue();
        // The text index follows: the new label is found, the replaced claim text is gone.
        assertThat(TextSearch.subjects(store.dataset(), "rdfs:label", "开放人工智能")).containsExactly(Fixtures.OPENAI);
        assertThat(TextSearch.subjects(store.dataset(), "cg:text", "危险")).isEmpty();
    }

    @Test
    void aSourceThatFailsHalfWayLeavesThePreviousStateIntact() {
        Graph before = copy(storedGraph(Fixtures.D1));
        Graph replacement = RDFParser.source(Fixtures.file("kg/replacement-d1.ttl")).toGraph();
        Graph failingHalfWay = new FailingAfter(replacement, 2);

        assertThatThrownBy(() -> loader.replaceGraph(Fixtures.D1, failingHalfWay))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("source failed after 2 triples");

        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(before)).isTrue();
        assertThat(TextSearch.subjects(store.dataset(), "cg:text", "危险")).hasSize(1);
        assertThat(TextSearch.subjects(store.dataset(), "rdfs:label", "开放人工智能")).isEmpty();
    }

    @Test
    void aQuadStreamThatFailsHalfWayLeavesThePreviousStateIntact() {
        Graph before = copy(storedGraph(Fixtures.D2));
        Node d2 = Fixtures.node(Fixtures.D2);
        List<Quad> quads = Fixtures.fixtureGraph(Fixtures.D1).find().mapWith(t -> Quad.create(d2, t)).toList();
        Iterator<Quad> failing = new Iterator<>() {
            int sent;
            @Override public boolean hasNext() { return true; }
            @Override public Quad next() {
                if (sent == 5)
                    throw new IllegalStateException("mapper crashed after 5 quads");
                return quads.get(sent++);
            }
        };

        assertThatThrownBy(() -> loader.replaceGraph(Fixtures.D2, failing))
                .hasMessageContaining("mapper crashed");

        assertThat(storedGraph(Fixtures.D2).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void replacesAGraphFromAStreamOfQuads() {
        Node d2 = Fixtures.node(Fixtures.D2);
        Graph d1 = Fixtures.fixtureGraph(Fixtures.D1);
        Iterator<Quad> quads = d1.find().mapWith(t -> Quad.create(d2, t));

        LoadReport report = loader.replaceGraph(Fixtures.D2, quads);

        assertThat(report.triples(Fixtures.D2)).isEqualTo(d1.size());
        assertThat(storedGraph(Fixtures.D2).isIsomorphicWith(d1)).isTrue();
    }

    @Test
    void aQuadForAnotherGraphAbortsTheReplace() {
        Graph before = copy(storedGraph(Fixtures.D2));
        Iterator<Quad> wrongGraph = List.of(Quad.create(Fixtures.node(Fixtures.D1), Fixtures.node(Fixtures.OPENAI),
                RDF.type.asNode(), OWL.Thing.asNode())).iterator();

        assertThatThrownBy(() -> loader.replaceGraph(Fixtures.D2, wrongGraph))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining(Fixtures.D1);
        assertThat(storedGraph(Fixtures.D2).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void aParseErrorNamesFileLineAndColumnAndStoresNothingFromAnyFile() {
        Path broken = Fixtures.file("kg/broken.ttl");
        Path good = Fixtures.file("kg/replacement-d1.ttl");
        Graph before = copy(storedGraph(Fixtures.D1));

        assertThatThrownBy(() -> loader.loadFiles(List.of(good, broken), Fixtures.D1))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.file()).contains(broken);
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).startsWith(broken + ":4:1: ").contains("nothing was stored");
                });

        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(before)).isTrue();
        assertThat(TextSearch.subjects(store.dataset(), "rdfs:label", "stored")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld"})
    void loadsQuadSyntaxesGraphByGraph(String extension) throws IOException {
        Path file = files.resolve("two-documents." + extension);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, Fixtures.twoDocumentsDataset(), org.apache.jena.riot.RDFLanguages.fileExtToLang(extension));
        }
        try (TdbStore fresh = TdbStore.open(files.resolve("store"))) {
            LoadReport report = new GraphLoader(fresh).loadFile(file, null);

            assertThat(report.graphs()).extracting(LoadReport.GraphCount::graph)
                    .containsExactlyInAnyOrder(Fixtures.D1, Fixtures.D2);
            DatasetGraph stored = fresh.dataset();
            Txn.executeRead(stored, () -> {
                assertThat(stored.getGraph(Fixtures.node(Fixtures.D1)).isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D1))).isTrue();
                assertThat(stored.getGraph(Fixtures.node(Fixtures.D2)).isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D2))).isTrue();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "rdf", "jsonld"})
    void loadsTripleSyntaxesIntoTheGraphNamedForThem(String extension) throws IOException {
        Graph d2 = Fixtures.fixtureGraph(Fixtures.D2);
        Path file = files.resolve("d2." + extension);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, d2, org.apache.jena.riot.RDFLanguages.fileExtToLang(extension));
        }

        loader.loadFile(file, Fixtures.D1);

        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(d2)).isTrue();
    }

    @Test
    void triplesWithoutATargetGraphAreRefused() {
        Graph before = copy(storedGraph(Fixtures.D1));

        assertThatThrownBy(() -> loader.loadFile(Fixtures.file("kg/replacement-d1.ttl"), null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("outside any named graph");
        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void anUnknownSyntaxOrMissingFileIsRefusedBeforeLoading() throws IOException {
        Path text = Files.writeString(files.resolve("article.txt"), "not RDF");

        assertThatThrownBy(() -> loader.loadFile(text, Fixtures.D1))
                .isInstanceOf(LoadException.class).hasMessageContaining("unknown RDF syntax");
        assertThatThrownBy(() -> loader.loadFile(files.resolve("missing.ttl"), Fixtures.D1))
                .isInstanceOf(LoadException.class).hasMessageContaining("not found");
    }

    @Test
    void loadsTheOntologyIntoItsOwnGraph() {
        LoadReport report = loader.loadOntology();

        assertThat(report.triples(GraphLoader.ONTOLOGY_GRAPH)).isPositive();
        Graph ontology = storedGraph(GraphLoader.ONTOLOGY_GRAPH);
        assertThat(Txn.calculateRead(store.dataset(), () -> ontology.contains(
                Fixtures.node(Fixtures.CG + "Claim"), RDF.type.asNode(), OWL.Class.asNode()))).isTrue();
        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D1))).isTrue();
    }

    @Test
    void rejectsAGraphNameThatIsNotAnAbsoluteIri() {
        assertThatThrownBy(() -> loader.replaceGraph("doc/d1", GraphFactory.createDefaultGraph()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"doc/d1\"");
    }

    /** A copy of a stored graph, taken in a read transaction. */
    private Graph storedGraph(String graphIri) {
        return Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(Fixtures.node(graphIri))));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** A graph whose iteration throws after {@code limit} triples, like a source that breaks mid-load. */
    private static final class FailingAfter extends GraphBase {
        private final Graph triples;
        private final int limit;

        FailingAfter(Graph triples, int limit) {
            this.triples = triples;
            this.limit = limit;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Iterator<Triple> inner = triples.find(pattern).toList().iterator();
            return new NiceIterator<>() {
                int sent;
                @Override public boolean hasNext() { return true; }
                @Override public Triple next() {
                    if (sent == limit)
                        throw new IllegalStateException("source failed after " + limit + " triples");
                    if (!inner.hasNext())
                        throw new NoSuchElementException();
                    sent++;
                    return inner.next();
                }
            };
        }
    }
}
