package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files loaded into an empty TDB2 store on disk take the bulk path (secondary indexes built at the end). */
class BulkLoadTest {

    /** The predicates fuseki-config/config.ttl's entity map sends to the text index. */
    private static final Set<Node> INDEXED = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            Fixtures.node("https://w3id.org/claimgraph/ontology#text"));

    @TempDir
    Path dataDir;

    @Test
    void anEmptyStoreIsLoadedInBulkAndEveryIndexAndTheTextIndexAnswer() {
        try (TdbStore store = TdbStore.open(dataDir)) {
            DatasetGraph dataset = store.dataset();
            assertThat(BulkLoad.intoEmptyStore(dataset)).as("an empty store takes the bulk path").hasValueSatisfying(
                    BulkLoad::release);

            LoadReport report = new GraphLoader(store).loadFile(Fixtures.twoDocuments(), null);

            assertThat(report.graphs()).extracting(LoadReport.GraphCount::graph).contains(Fixtures.D1, Fixtures.D2);
            DatasetGraph expected = Fixtures.twoDocumentsDataset();
            Txn.executeRead(dataset, () -> {
                for (String graph : List.of(Fixtures.D1, Fixtures.D2))
                    assertThat(dataset.getGraph(Fixtures.node(graph)).isIsomorphicWith(expected.getGraph(
                            Fixtures.node(graph)))).isTrue();
                // Patterns that only the secondary indexes serve: by object (OSPG), by predicate (POSG), by graph
                // and object (GOSP): each finds every quad the fixture holds.
                Node label = RDFS.label.asNode();
                assertThat(dataset.stream(Node.ANY, Node.ANY, label, Node.ANY).count())
                        .isEqualTo(expected.stream(Node.ANY, Node.ANY, label, Node.ANY).count()).isPositive();
                Node openai = Fixtures.node(Fixtures.OPENAI);
                assertThat(dataset.stream(Node.ANY, Node.ANY, Node.ANY, openai).count())
                        .isEqualTo(expected.stream(Node.ANY, Node.ANY, Node.ANY, openai).count()).isPositive();
                Node d1 = Fixtures.node(Fixtures.D1);
                assertThat(dataset.stream(d1, Node.ANY, Node.ANY, openai).count())
                        .isEqualTo(expected.stream(d1, Node.ANY, Node.ANY, openai).count()).isPositive();
                assertThat(count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"))
                        .isEqualTo(expected.stream().filter(q -> !q.isDefaultGraph()).count());
            });
            assertThat(TextSearch.subjects(dataset, "rdfs:label", "苏茨克维")).containsExactly(Fixtures.ILYA);
            assertThat(TextSearch.subjects(dataset, "cg:text", "危险")).hasSize(1);
            assertThat(BulkLoad.intoEmptyStore(dataset)).as("a store with quads does not").isEmpty();
        }
    }

    @Test
    void aQuadRepeatedInTheInputIsStoredCountedAndTextIndexedOnce() throws Exception {
        try (TdbStore store = TdbStore.open(dataDir)) {
            Path file = Fixtures.twoDocuments();

            LoadReport report = new GraphLoader(store).loadFiles(List.of(file, file), null); // every quad twice

            DatasetGraph expected = Fixtures.twoDocumentsDataset();
            for (String graph : List.of(Fixtures.D1, Fixtures.D2))
                assertThat(report.triples(graph)).as(graph)
                        .isEqualTo(expected.getGraph(Fixtures.node(graph)).size()).isPositive();
            long namedQuads = expected.stream().filter(q -> !q.isDefaultGraph()).count();
            assertThat(store.quadCount()).isEqualTo(namedQuads);
            assertThat(report.storeTriples()).hasValue(namedQuads);
            // One Lucene entry per indexed quad, as the ordinary path makes, not one per copy in the input.
            long indexedQuads = expected.stream().filter(q -> !q.isDefaultGraph())
                    .filter(q -> INDEXED.contains(q.getPredicate())).count();
            TextIndexLucene index = (TextIndexLucene) ((DatasetGraphText) store.dataset()).getTextIndex();
            assertThat((long) index.getIndexWriter().getDocStats().numDocs).isEqualTo(indexedQuads).isPositive();
        }
    }

    @Test
    void aGraphLoadedInBulkIsReplacedByALaterLoadAndSurvivesReopening() {
        Model replacement = RDFParser.source(Fixtures.file("kg/replacement-d1.ttl")).toModel();
        try (TdbStore store = TdbStore.open(dataDir)) {
            GraphLoader loader = new GraphLoader(store);
            loader.loadFile(Fixtures.twoDocuments(), null);

            loader.loadFile(Fixtures.file("kg/replacement-d1.ttl"), Fixtures.D1);

            assertThat(stored(store, Fixtures.D1).isIsomorphicWith(replacement.getGraph())).isTrue();
            assertThat(TextSearch.subjects(store.dataset(), "cg:text", "危险")).isEmpty();
        }
        try (TdbStore reopened = TdbStore.open(dataDir)) {
            assertThat(stored(reopened, Fixtures.D1).isIsomorphicWith(replacement.getGraph())).isTrue();
            assertThat(stored(reopened, Fixtures.D2).isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D2))).isTrue();
            // Ilya's names were only in the replaced graph; Meta's, in the other one, are still found.
            assertThat(TextSearch.subjects(reopened.dataset(), "rdfs:label", "苏茨克维")).isEmpty();
            assertThat(TextSearch.subjects(reopened.dataset(), "rdfs:label", "元宇宙")).hasSize(1);
        }
    }

    @Test
    void aParseErrorInABulkLoadLeavesTheStoreEmptyAndUsable() {
        Path broken = Fixtures.file("kg/broken.ttl");
        try (TdbStore store = TdbStore.open(dataDir)) {
            GraphLoader loader = new GraphLoader(store);

            assertThatThrownBy(() -> loader.loadFiles(List.of(Fixtures.twoDocuments(), broken), Fixtures.D1))
                    .isInstanceOf(LoadException.class);

            DatasetGraph dataset = store.dataset();
            assertThat(Txn.calculateRead(dataset, () -> dataset.stream().count())).isZero();
            assertThat(TextSearch.subjects(dataset, "rdfs:label", "OpenAI")).isEmpty();
            // The indexes are whole again: the same store takes a load, by the bulk path again.
            loader.loadFile(Fixtures.twoDocuments(), null);
            assertThat(stored(store, Fixtures.D2).isIsomorphicWith(Fixtures.fixtureGraph(Fixtures.D2))).isTrue();
            assertThat(TextSearch.subjects(dataset, "rdfs:label", "OpenAI")).isNotEmpty();
        }
    }

    private static Graph stored(TdbStore store, String graph) {
        DatasetGraph dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.find(Fixtures.node(graph), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(
                    (Quad q) -> copy.add(q.asTriple()));
            return copy;
        });
    }

    private static long count(DatasetGraph dataset, String query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }
}
