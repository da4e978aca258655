package org.claimgraph.extract.corenlp;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets the threads that extract documents share one CoreNLP pipeline, and runs a failed call again alone. Most of
 * CoreNLP's annotators keep no state between calls, but not every one is known to be safe when calls overlap (the
 * English quote attribution once failed on a text that annotated fine when run again). A failure is therefore
 * retried once while no other call runs: one that was caused by a concurrent call then succeeds, and one the text
 * itself causes fails again and is reported.
 */
final class SharedPipelineGate {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  /** What a call that failed while others ran and was run again alone gives back. */
  record Outcome<T>(T value, RuntimeException firstFailure) {
    boolean retried() {
      return firstFailure != null;
    }
  }

  /**
   * Runs {@code call} beside the other callers; if it throws, runs it once more with no other call running. The
   * second failure, if any, is thrown, with the first attached as suppressed.
   */
  <T> Outcome<T> run(Supplier<T> call) {
    RuntimeException first;
    lock.readLock().lock();
    try {
      return new Outcome<>(call.get(), null);
    } catch (RuntimeException e) {
      first = e;
    } finally {
      lock.readLock().unlock();
    }
    lock.writeLock().lock();
    try {
      return new Outcome<>(call.get(), first);
    } catch (RuntimeException again) {
      again.addSuppressed(first);
      throw again;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
