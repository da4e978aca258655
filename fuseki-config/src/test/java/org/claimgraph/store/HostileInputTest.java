package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RDF files written to harm the loader: entity expansion, external entities, remote JSON-LD contexts. */
class HostileInputTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private TdbStore store;
    private GraphLoader loader;
    private Graph before;

    @BeforeEach
    void openStoreWithTheTwoDocuments() {
        store = TdbStore.open(dataDir);
        loader = new GraphLoader(store);
        loader.loadFile(Fixtures.twoDocuments(), null);
        before = storedGraph(Fixtures.D1);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void nestedEntitiesInRdfXmlAreRefusedAtOnceAndNothingIsStored() {
        Instant start = Instant.now();

        assertThatThrownBy(() -> loader.loadFile(Fixtures.file("hostile/billion-laughs.rdf"), Fixtures.D1))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("DOCTYPE is refused");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void anExternalEntityIsNeverRead() {
        assertThatThrownBy(() -> loader.loadFile(Fixtures.file("hostile/external-entity.rdf"), Fixtures.D1))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("DOCTYPE is refused");
        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void rdfXmlWithoutADoctypeStillLoads() throws Exception {
        Path plain = Files.writeString(files.resolve("plain.rdf"), """
                <?xml version="1.0"?>
                <!-- a comment before the root element is fine -->
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                         xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
                  <rdf:Description rdf:about="urn:x-test:plain"><rdfs:label>plain</rdfs:label></rdf:Description>
                </rdf:RDF>
                """);

        loader.loadFile(plain, Fixtures.D1);

        assertThat(storedGraph(Fixtures.D1).size()).isEqualTo(1);
    }

    @Test
    void aRemoteJsonLdContextIsNotFetched() {
        assertThatThrownBy(() -> loader.loadFile(Fixtures.file("hostile/remote-context.jsonld"), Fixtures.D1))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("not fetched")
                .hasMessageContaining("http://127.0.0.1:9/never-fetched/context.jsonld");
        assertThat(storedGraph(Fixtures.D1).isIsomorphicWith(before)).isTrue();
    }

    private Graph storedGraph(String graphIri) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(Fixtures.node(graphIri)).find(Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(copy::add);
            return copy;
        });
    }
}
