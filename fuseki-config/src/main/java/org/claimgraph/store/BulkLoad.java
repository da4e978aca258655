package org.claimgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.loader.sequential.BuilderSecondaryIndexes;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loading into an empty TDB2 store the way Jena's sequential bulk loader ({@code tdb2.tdbloader --loader=sequential})
 * does: quads go into the primary quad index only, and the five other indexes are built from it once all are in,
 * which is several times faster than adding each quad to six indexes; unlike Jena's sequential loader, each index is
 * built on a thread of its own ({@link SecondaryIndexBuild}), so the build uses every core. It all happens inside the
 * loader's one write transaction, so a failure still aborts everything; the text index gets exactly the entries the
 * ordinary path gives it (one per indexed quad), made as jena-text's document producer makes them, on a thread of its
 * own ({@link TextFeed}) that the load waits for before it commits; an abort rolls the index back with the rest.
 * The store being empty, the load counts each graph's quads as it adds them, so its report needs no pass over the
 * indexes.
 * <p>
 * While the other indexes are detached the store must have no other user: the load holds TDB2's exclusive mode (other
 * transactions wait for it), and is only tried when no transaction is active and the quad table is empty. Otherwise
 * the caller takes the ordinary path.
 */
final class BulkLoad implements GraphLoader.QuadWrites {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private final TransactionCoordinator coordinator;
    private final DatasetGraph tdb2;
    private final DatasetGraphText text;
    /** Quads added to each graph so far; the store was empty, so these are the graphs' sizes. */
    private final Map<Node, long[]> added = new HashMap<>();
    private NodeTupleTable quads;
    private NodeTable nodes;
    private TupleIndexRecord primary;
    private RangeIndex primaryTree;
    private TupleIndex[] secondaryIndexes;
    private TextFeed textFeed;
    private boolean finished;

    private BulkLoad(TransactionCoordinator coordinator, DatasetGraph tdb2, DatasetGraphText text) {
        this.coordinator = coordinator;
        this.tdb2 = tdb2;
        this.text = text;
    }

    /**
     * A bulk load into {@code dataset}, holding the store's exclusive mode until {@link #release()}; empty when the
     * dataset is not TDB2, is in use (a transaction is open, on this thread or another) or already holds quads (or
     * its primary quad index is not a B+tree of records, which TDB2's always is).
     */
    static Optional<BulkLoad> intoEmptyStore(DatasetGraph dataset) {
        DatasetGraphText text = null;
        DatasetGraph base = dataset;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper) {
            if (base instanceof DatasetGraphText t)
                text = t;
            base = wrapper.getWrapped();
        }
        if (!TDBInternal.isTDB2(base) || dataset.isInTransaction())
            return Optional.empty();
        if (text == null && dataset != base)
            return Optional.empty(); // some other wrapper, which would not see the quads
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(base);
        if (!coordinator.tryExclusiveMode(false))
            return Optional.empty();
        DatasetGraph tdb2 = base;
        boolean emptyAndRecords;
        try {
            emptyAndRecords = Txn.calculateRead(tdb2, () -> {
                NodeTupleTable table = TDBInternal.getDatasetGraphTDB(tdb2).getQuadTable().getNodeTupleTable();
                return table.isEmpty() && table.getTupleTable().getIndex(0) instanceof TupleIndexRecord;
            });
        } catch (RuntimeException e) {
            coordinator.finishExclusiveMode();
            throw e;
        }
        if (!emptyAndRecords) {
            coordinator.finishExclusiveMode();
            return Optional.empty();
        }
        return Optional.of(new BulkLoad(coordinator, tdb2, text));
    }

    /** Detaches the secondary quad indexes; call inside the write transaction, before the first quad. */
    void start() {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb2);
        quads = storage.getQuadTable().getNodeTupleTable();
        nodes = quads.getNodeTable();
        TupleTable table = quads.getTupleTable();
        primary = (TupleIndexRecord) table.getIndex(0);
        primaryTree = primary.getRangeIndex();
        secondaryIndexes = new TupleIndex[table.numIndexes() - 1];
        for (int i = 1; i < table.numIndexes(); i++) {
            secondaryIndexes[i - 1] = table.getIndex(i);
            table.setTupleIndex(i, null); // rows go into the primary index only until finish()
        }
        if (text != null) {
            // What jena-text's document producer does for an added quad inside a transaction. Not the producer
            // itself: on a thread outside the transaction it commits the index after every entry.
            TextIndex index = text.getTextIndex();
            EntityDefinition definition = index.getDocDef();
            textFeed = new TextFeed(quad -> {
                Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
                if (entity != null)
                    index.addEntity(entity);
            }, () -> writeOutBuffered(index));
        }
    }

    /**
     * Writes the entries Lucene holds in memory out as segments, on the text index's thread while the loader's thread
     * builds the quad indexes; the commit then only syncs them. Not a commit: an abort (Lucene's rollback) drops the
     * segments with everything else since the last commit.
     */
    private static void writeOutBuffered(TextIndex index) {
        if (index instanceof TextIndexLucene lucene) {
            try {
                lucene.getIndexWriter().flush();
            } catch (IOException e) {
                throw new UncheckedIOException("writing the text index's new entries failed: " + e.getMessage(), e);
            }
        }
    }

    /** The store was empty, so every graph is new: there is nothing to clear. */
    @Override
    public void clear(Node graph) {}

    @Override
    public void add(Node graph, Triple triple) {
        Node s = triple.getSubject();
        Node p = triple.getPredicate();
        Node o = triple.getObject();
        // What NodeTupleTable.addRow does with the primary index alone, but keeping the B+tree's answer: whether the
        // quad is new. A quad repeated in the input is counted and text-indexed once, as on the ordinary path.
        Tuple<NodeId> tuple = TupleFactory.create4(nodes.getAllocateNodeId(graph), nodes.getAllocateNodeId(s),
                nodes.getAllocateNodeId(p), nodes.getAllocateNodeId(o));
        if (!primaryTree.insert(TupleLib.record(primaryTree.getRecordFactory(), tuple, primary.getMapping())))
            return;
        added.computeIfAbsent(graph, g -> new long[1])[0]++;
        if (textFeed != null && isIndexed(p))
            textFeed.add(Quad.create(graph, s, p, o));
    }

    @Override
    public long triplesIn(Node graph) {
        long[] count = added.get(graph);
        return count == null ? 0 : count[0];
    }

    /**
     * Quads in the store after the load, as {@link QuadCounts#all} counts them: every named graph is new; the stored
     * default graph (a separate table, untouched here and usually empty) is counted. Call inside the transaction.
     */
    long triplesInAll() {
        long defaultGraph = Iter.count(TDBInternal.getDatasetGraphTDB(tdb2).getTripleTable().getNodeTupleTable()
                .findAll());
        return defaultGraph + added.values().stream().mapToLong(count -> count[0]).sum();
    }

    private boolean isIndexed(Node predicate) {
        EntityDefinition definition = text.getTextIndex().getDocDef();
        return definition.getField(predicate) != null;
    }

    /**
     * Builds the secondary indexes from the primary one and attaches them again, and waits for the text index to have
     * every entry (it catches up meanwhile); idempotent.
     */
    void finish() {
        if (quads != null && !finished) {
            finished = true;
            try {
                buildSecondaryIndexes();
            } finally {
                TupleTable table = quads.getTupleTable();
                for (int i = 1; i < table.numIndexes(); i++)
                    table.setTupleIndex(i, secondaryIndexes[i - 1]);
                if (textFeed != null)
                    textFeed.finish();
            }
        }
    }

    /**
     * Each secondary index on a thread of its own, all in this transaction ({@link SecondaryIndexBuild}), or, for
     * indexes whose transaction state cannot be handed over, one after another as Jena's sequential loader does.
     */
    private void buildSecondaryIndexes() {
        TupleIndex primary = quads.getTupleTable().getIndex(0);
        if (primary.isEmpty())
            return;
        if (SecondaryIndexBuild.possible(secondaryIndexes))
            SecondaryIndexBuild.build(primary, secondaryIndexes);
        else
            BuilderSecondaryIndexes.createSecondaryIndexes((format, args) -> LOG.debug(String.format(format, args)),
                    primary, secondaryIndexes);
    }

    /** Leaves exclusive mode: other transactions may start again. */
    void release() {
        coordinator.finishExclusiveMode();
    }
}
