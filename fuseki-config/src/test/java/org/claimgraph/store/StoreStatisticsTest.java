package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;

import org.apache.jena.atlas.iterator.Iter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreStatisticsTest {

    @TempDir
    Path dataDir;

    @Test
    void countsWhatTheFixtureHolds() {
        try (TdbStore store = TdbStore.open(dataDir)) {
            GraphLoader loader = new GraphLoader(store);
            loader.loadFile(Fixtures.twoDocuments(), null);
            loader.loadOntology();

            StoreStatistics statistics = store.statistics();

            long fixtureQuads = Iter.count(Fixtures.twoDocumentsDataset().find());
            long ontologyTriples = org.claimgraph.ontology.ClaimgraphOntology.ontologyModel().size();
            assertThat(statistics.triples()).isEqualTo(fixtureQuads + ontologyTriples);
            assertThat(statistics.graphs()).isEqualTo(3);
            // Fixture: companies openai, meta; people ilya-sutskever, 葛凌, yann-lecun; models llama-2, gpt-4;
            // topic 开源模型 (in both documents, counted once). The ontology's classes are not entities.
            assertThat(statistics.entitiesByType()).containsExactly(
                    entry(Fixtures.CG + "Person", 3L),
                    entry(Fixtures.CG + "AIModel", 2L),
                    entry(Fixtures.CG + "Company", 2L),
                    entry(Fixtures.CG + "Topic", 1L));
            assertThat(statistics.entities()).isEqualTo(8);
            assertThat(statistics.claims()).isEqualTo(4);
            assertThat(statistics.claimsByStance()).containsExactly(
                    entry(Fixtures.CG + "ProOpen", 2L),
                    entry(Fixtures.CG + "Balanced", 1L),
                    entry(Fixtures.CG + "ProProprietary", 1L));
        }
    }

    @Test
    void anEmptyStoreCountsZero() {
        try (TdbStore store = TdbStore.open(dataDir)) {
            StoreStatistics statistics = store.statistics();
            assertThat(statistics.triples()).isZero();
            assertThat(statistics.entitiesByType()).isEmpty();
            assertThat(statistics.claimsByStance()).isEmpty();
        }
    }
}
