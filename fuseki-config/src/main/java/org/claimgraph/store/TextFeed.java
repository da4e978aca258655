package org.claimgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.Quad;

/**
 * Hands quads to the text index on a thread of its own, in the order they came, so that a bulk load's own thread only
 * writes TDB2. The quads travel in batches through a bounded queue (the loader waits when the indexer falls behind);
 * {@link #finish()} waits until every quad is indexed and rethrows the indexer's failure, so the caller's transaction
 * aborts and nothing of the load is kept. After the last quad the indexer runs {@code atEnd} (the bulk load writes the
 * index's buffered entries out there, so that its commit, on the loader's thread, has little left to do).
 */
final class TextFeed {

    private static final int BATCH = 1_000;
    private static final List<Quad> END = List.of();

    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(64);
    private final Thread indexer;
    private volatile Throwable failure;
    private List<Quad> batch = new ArrayList<>(BATCH);
    private boolean finished;

    TextFeed(Consumer<Quad> index) {
        this(index, () -> {});
    }

    TextFeed(Consumer<Quad> index, Runnable atEnd) {
        indexer = new Thread(() -> {
            try {
                for (List<Quad> quads = queue.take(); quads != END; quads = queue.take())
                    if (failure == null)
                        quads.forEach(index);
                if (failure == null)
                    atEnd.run();
            } catch (Throwable e) {
                failure = e;
                queue.clear(); // a loader waiting on a full queue gets room, then sees the failure
            }
        }, "claimgraph-text-index");
        indexer.setDaemon(true);
        indexer.start();
    }

    void add(Quad quad) {
        batch.add(quad);
        if (batch.size() == BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every quad given is indexed; throws what the indexer failed with, if it did. Idempotent. */
    void finish() {
        if (finished)
            return;
        finished = true;
        send(batch);
        send(END);
        try {
            indexer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the text index was being written", e);
        }
        if (failure != null)
            throw new StoreException("Writing the text index failed: " + failure, failure);
    }

    private void send(List<Quad> quads) {
        if (failure != null)
            throw new StoreException("Writing the text index failed: " + failure, failure);
        try {
            while (!queue.offer(quads, 100, java.util.concurrent.TimeUnit.MILLISECONDS))
                if (failure != null || !indexer.isAlive())
                    throw new StoreException("Writing the text index failed: " + failure, failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the text index was being written", e);
        }
    }
}
