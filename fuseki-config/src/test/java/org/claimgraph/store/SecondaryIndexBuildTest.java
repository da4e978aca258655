package org.claimgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secondary quad indexes of a bulk load are built on threads of their own, inside the loader's one transaction:
 * each ends up holding every quad, durably, and an abort takes their work back with the rest.
 */
class SecondaryIndexBuildTest {

    /** More quads than one chunk the workers are dealt, in several graphs, so every worker gets many chunks. */
    private static final int QUADS = 35_000;

    @TempDir
    Path dir;

    @Test
    void everyIndexHoldsEveryQuadAndKeepsItAfterReopening() throws IOException {
        Path data = generated(dir.resolve("many.nq"));
        Path store = dir.resolve("store");
        try (TdbStore opened = TdbStore.open(store)) {
            new GraphLoader(opened).loadFile(data, null);
            assertEveryIndexHolds(opened.dataset(), QUADS);
        }
        try (TdbStore reopened = TdbStore.open(store)) {
            DatasetGraph dataset = reopened.dataset();
            assertEveryIndexHolds(dataset, QUADS);
            Node p3 = NodeFactory.createURI("http://example.org/p3");
            // Served by a secondary index (by predicate): a tenth of the quads use p3.
            assertThat(Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, p3, Node.ANY).count()))
                    .isEqualTo(QUADS / 10);
        }
    }

    @Test
    void aFailureAfterTheIndexesWereBuiltLeavesEveryIndexEmpty() throws IOException {
        Path data = generated(dir.resolve("many.nq"));
        Path broken = Fixtures.file("kg/broken.ttl");
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            assertThatThrownBy(() -> new GraphLoader(store).loadFiles(List.of(data, broken), Fixtures.D1))
                    .isInstanceOf(LoadException.class);

            // The workers wrote the secondary indexes in the aborted transaction: nothing of it is left.
            assertEveryIndexHolds(store.dataset(), 0);
            new GraphLoader(store).loadFile(data, null);
            assertEveryIndexHolds(store.dataset(), QUADS);
        }
    }

    /** Each of the quad table's indexes holds the same {@code expected} quads (ontology quads aside). */
    private static void assertEveryIndexHolds(DatasetGraph dataset, int expected) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph tdb2 = dataset;
            while (!TDBInternal.isTDB2(tdb2) && tdb2 instanceof DatasetGraphWrapper wrapper)
                tdb2 = wrapper.getWrapped(); // the text index's wrapper
            TupleTable table = TDBInternal.getDatasetGraphTDB(tdb2).getQuadTable().getNodeTupleTable().getTupleTable();
            assertThat(table.numIndexes()).isGreaterThan(1);
            assertThat(SecondaryIndexBuild.possible(java.util.Arrays.copyOfRange(table.getIndexes(), 1,
                    table.numIndexes()))).as("TDB2's indexes take the parallel build").isTrue();
            Set<Tuple<NodeId>> primary = all(table.getIndex(0));
            assertThat(primary.size()).as("quads in the primary index").isGreaterThanOrEqualTo(expected);
            if (expected == 0)
                assertThat(primary).isEmpty();
            for (int i = 1; i < table.numIndexes(); i++)
                assertThat(all(table.getIndex(i))).as(table.getIndex(i).getName()).isEqualTo(primary);
        });
    }

    private static Set<Tuple<NodeId>> all(TupleIndex index) {
        Set<Tuple<NodeId>> tuples = new HashSet<>();
        index.all().forEachRemaining(tuples::add);
        return tuples;
    }

    private static Path generated(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < QUADS; i++)
                out.write("<http://example.org/s" + (i % 997) + "> <http://example.org/p" + (i % 10) + "> \"value "
                        + i + "\" <http://example.org/g" + (i % 7) + "> .\n");
        }
        return file;
    }
}
