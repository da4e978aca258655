package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class TextFeedTest {

    private static Quad quad(int i) {
        return Quad.create(Fixtures.node(Fixtures.D1), Fixtures.node(Fixtures.BASE + "entity/e" + i),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("e" + i));
    }

    @Test
    void everyQuadIsIndexedInOrderBeforeFinishReturns() {
        List<Quad> indexed = new ArrayList<>();
        TextFeed feed = new TextFeed(indexed::add);
        List<Quad> given = new ArrayList<>();
        for (int i = 0; i < 123_456; i++) {
            given.add(quad(i));
            feed.add(given.get(i));
        }

        feed.finish();

        assertThat(indexed).isEqualTo(given);
    }

    @Test
    void theIndexersFailureIsThrownToTheLoaderSoItsTransactionAborts() {
        TextFeed feed = new TextFeed(quad -> {
            if (quad.equals(quad(1_500)))
                throw new IllegalStateException("disk full");
        });

        assertThatThrownBy(() -> {
            for (int i = 0; i < 500_000; i++)
                feed.add(quad(i));
            feed.finish();
        }).isInstanceOf(StoreException.class).hasMessageContaining("disk full");
    }

    @Test
    void theEndStepRunsOnceAfterTheLastQuadAndItsFailureIsThrownToo() {
        List<Quad> indexed = new ArrayList<>();
        List<Integer> indexedAtEnd = new ArrayList<>();
        TextFeed feed = new TextFeed(indexed::add, () -> indexedAtEnd.add(indexed.size()));
        for (int i = 0; i < 2_500; i++)
            feed.add(quad(i));
        feed.finish();
        assertThat(indexedAtEnd).containsExactly(2_500);

        TextFeed failing = new TextFeed(quad -> {}, () -> {
            throw new IllegalStateException("segment not written");
        });
        failing.add(quad(1));
        assertThatThrownBy(failing::finish).isInstanceOf(StoreException.class)
                .hasMessageContaining("segment not written");
    }
}
