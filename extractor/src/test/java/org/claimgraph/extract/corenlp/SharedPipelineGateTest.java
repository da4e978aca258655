package org.claimgraph.extract.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedPipelineGateTest {
  private final SharedPipelineGate gate = new SharedPipelineGate();

  @Test
  void callsThatSucceedRunSideBySide() throws Exception {
    CountDownLatch bothInside = new CountDownLatch(2);
    CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> gate.run(() -> meet(bothInside)).value());
    assertThat(gate.run(() -> meet(bothInside)).value()).as("this call met the other inside").isTrue();
    assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aCallThatFailsBesideAnotherIsRunAgainAlone() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch secondFailed = new CountDownLatch(1);
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
      inside.incrementAndGet();
      firstInside.countDown();
      await(secondFailed);
      inside.decrementAndGet();
      return "first";
    }).value());
    await(firstInside);

    SharedPipelineGate.Outcome<String> second = gate.run(() -> {
      try {
        if (inside.incrementAndGet() > 1) {
          secondFailed.countDown();
          throw new IllegalStateException("overlapped");
        }
        return "second";
      } finally {
        inside.decrementAndGet();
      }
    });

    assertThat(second.value()).isEqualTo("second");
    assertThat(second.retried()).isTrue();
    assertThat(second.firstFailure()).hasMessage("overlapped");
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
  }

  @Test
  void aCallThatFailsAloneToo_throwsTheSecondFailureWithTheFirstAttached() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> gate.run(() -> {
      throw new IllegalArgumentException("bad text " + calls.incrementAndGet());
    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad text 2")
        .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("bad text 1"));
  }

  @Test
  void aCallThatSucceedsAtOnceIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    SharedPipelineGate.Outcome<Integer> outcome = gate.run(calls::incrementAndGet);
    assertThat(outcome.value()).isEqualTo(1);
    assertThat(outcome.retried()).isFalse();
  }

  private static boolean meet(CountDownLatch latch) {
    latch.countDown();
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
