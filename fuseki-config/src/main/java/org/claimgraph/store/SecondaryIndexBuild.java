package org.claimgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle.ComponentState;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Builds the secondary quad indexes from the primary one, each index on a thread of its own, inside the caller's
 * write transaction. Jena's parallel and phased loaders build each index in a transaction of its own, committed
 * separately; here every worker joins the caller's transaction instead: a TDB2 index (a B+tree) keeps its
 * transaction state per thread, and {@link BPlusTree#getComponentState()} / {@code setComponentState} hand that
 * state to the worker, so its writes land in the same transaction, which the caller commits or aborts as one. Each
 * B+tree is written by one worker only and the primary is only read (by the caller's thread, which deals out chunks),
 * so no two threads touch the same tree. The caller must not return before this does: every worker has finished
 * (or been stopped) when it returns or throws.
 */
final class SecondaryIndexBuild {

    private static final int CHUNK = 10_000;
    private static final int CHUNKS_QUEUED = 8;
    private static final List<Tuple<NodeId>> END = List.of();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private SecondaryIndexBuild() {}

    /** True if every index is a B+tree whose transaction state can be handed to a worker thread. */
    static boolean possible(TupleIndex[] indexes) {
        for (TupleIndex index : indexes)
            if (!(index instanceof TupleIndexRecord record) || !(record.getRangeIndex() instanceof BPlusTree))
                return false;
        return true;
    }

    /**
     * Adds every tuple of {@code primary} to each of {@code secondaries}; call on the thread that holds the write
     * transaction, with {@link #possible} true. A failure in any worker stops the others and is rethrown here.
     */
    static void build(TupleIndex primary, TupleIndex[] secondaries) {
        ExecutorService workers = Executors.newFixedThreadPool(secondaries.length, task -> {
            Thread thread = new Thread(task, "claimgraph-index-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<BlockingQueue<List<Tuple<NodeId>>>> pipes = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        try {
            for (TupleIndex index : secondaries) {
                BlockingQueue<List<Tuple<NodeId>>> pipe = new ArrayBlockingQueue<>(CHUNKS_QUEUED);
                pipes.add(pipe);
                BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
                ComponentState<?> transaction = tree.getComponentState();
                running.add(workers.submit(() -> {
                    fill(index, tree, transaction, pipe);
                    return null;
                }));
            }
            Iterator<Tuple<NodeId>> tuples = primary.all();
            List<Tuple<NodeId>> chunk = new ArrayList<>(CHUNK);
            while (tuples.hasNext()) {
                chunk.add(tuples.next());
                if (chunk.size() == CHUNK) {
                    deal(chunk, pipes, running);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty())
                deal(chunk, pipes, running);
            deal(END, pipes, running);
            for (Future<?> worker : running)
                await(worker);
        } finally {
            // On success every worker is done; on a failure this stops the rest (they wait on their queues).
            workers.shutdownNow();
            awaitTermination(workers);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(TupleIndex index, BPlusTree tree, ComponentState transaction,
                             BlockingQueue<List<Tuple<NodeId>>> pipe) throws InterruptedException {
        ComponentState own = tree.getComponentState();
        tree.setComponentState(transaction);
        try {
            for (List<Tuple<NodeId>> chunk = pipe.take(); chunk != END; chunk = pipe.take())
                for (Tuple<NodeId> tuple : chunk)
                    index.add(tuple);
        } finally {
            tree.setComponentState(own); // this thread leaves the transaction; the caller's thread commits it
        }
    }

    /** Gives the chunk to every worker, waiting while a queue is full; a worker that has stopped is a failure. */
    private static void deal(List<Tuple<NodeId>> chunk, List<BlockingQueue<List<Tuple<NodeId>>>> pipes,
                             List<Future<?>> running) {
        for (int i = 0; i < pipes.size(); i++) {
            try {
                while (!pipes.get(i).offer(chunk, 100, TimeUnit.MILLISECONDS))
                    if (running.get(i).isDone())
                        stoppedEarly(running.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while building the quad indexes", e);
            }
            if (chunk != END && running.get(i).isDone())
                stoppedEarly(running.get(i));
        }
    }

    /** A worker ends only at the end marker; before it, it has failed: its failure is rethrown. */
    private static void stoppedEarly(Future<?> worker) {
        await(worker);
        throw new IllegalStateException("an index worker stopped before the end of the quads");
    }

    private static void await(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while building the quad indexes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime)
                throw runtime;
            if (e.getCause() instanceof Error error)
                throw error;
            throw new StoreException("building a quad index failed: " + e.getCause(), e.getCause());
        }
    }

    private static void awaitTermination(ExecutorService workers) {
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.SECONDS))
                    break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted)
            Thread.currentThread().interrupt();
    }
}
