package org.claimgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Counts quads. In a TDB2 store the count walks the quad index as node ids, without looking up a single term (over a
 * million quads: a second rather than ten); other datasets are counted through {@code find}. Call inside a
 * transaction.
 */
final class QuadCounts {

    private QuadCounts() {}

    /** Quads in named graph {@code graph}, or in all named graphs when it is {@link Node#ANY}. */
    static long inGraph(DatasetGraph dataset, Node graph) {
        NodeTupleTable quads = quadTable(dataset);
        if (quads == null)
            return Iter.count(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY));
        return Iter.count(quads.findAsNodeIds(graph, Node.ANY, Node.ANY, Node.ANY));
    }

    /** Everything stored: the quads of the named graphs and the triples of the stored default graph. */
    static long all(DatasetGraph dataset) {
        DatasetGraphTDB tdb = storage(dataset);
        if (tdb == null)
            return Iter.count(dataset.find());
        return Iter.count(tdb.getQuadTable().getNodeTupleTable().findAll())
                + Iter.count(tdb.getTripleTable().getNodeTupleTable().findAll());
    }

    private static NodeTupleTable quadTable(DatasetGraph dataset) {
        DatasetGraphTDB tdb = storage(dataset);
        return tdb == null ? null : tdb.getQuadTable().getNodeTupleTable();
    }

    private static DatasetGraphTDB storage(DatasetGraph dataset) {
        DatasetGraph base = dataset;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper)
            base = wrapper.getWrapped();
        return TDBInternal.isTDB2(base) ? TDBInternal.getDatasetGraphTDB(base) : null;
    }
}
