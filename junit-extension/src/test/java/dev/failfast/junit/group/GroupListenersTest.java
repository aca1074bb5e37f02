package dev.failfast.junit.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A cancellation the build JVM ordered is told on the watcher thread, which no test's end waits
 * for: a run that ends meanwhile must not take its listener away between the cancellation's
 * {@code groupCancelled} and its {@code groupSettled} (once 1 in 6 loaded runs of IT forks).
 */
class GroupListenersTest {

  private static final GroupCancellation CANCELLED = new GroupCancellation(
      null, CancelReason.FATAL_FAILURE, "[test:a]", "com.acme.A.a()", "IllegalStateException: gone", null, 1, 1);

  @RepeatedTest(20)
  void aListenerIsUnregisteredOnlyOnceACancellationUnderWayHasToldItAll() throws Exception {
    List<String> told = new CopyOnWriteArrayList<>();
    CountDownLatch cancelledTold = new CountDownLatch(1);
    CountDownLatch runEnding = new CountDownLatch(1);
    GroupListener listener = new GroupListener() {
      @Override
      public void groupCancelled(GroupCancellation cancellation) {
        told.add("cancelled");
        cancelledTold.countDown();
        await(runEnding); // the run ends while this cancellation is still being told
      }

      @Override
      public void groupSettled(GroupCancellation cancellation, long cancelLatencyNanos) {
        told.add("settled");
      }
    };
    GroupListeners.register(listener);
    Thread watcher = new Thread(() -> GroupListeners.announcing(() -> {
      GroupListeners.JVM_WIDE.groupCancelled(CANCELLED);
      GroupListeners.JVM_WIDE.groupSettled(CANCELLED, 5);
    }), "watcher");
    watcher.start();
    assertThat(cancelledTold.await(10, TimeUnit.SECONDS)).isTrue();

    Thread runEnd = new Thread(() -> {
      GroupListeners.unregister(listener);
      told.add("unregistered");
    }, "run end");
    runEnd.start();
    // the run's end waits for the lock the watcher holds: its thread parks there, deterministically
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (runEnd.getState() != Thread.State.WAITING && System.nanoTime() - deadline < 0) {
      Thread.onSpinWait();
    }
    assertThat(runEnd.getState()).as("the run's end waits for the cancellation under way").isEqualTo(Thread.State.WAITING);
    runEnding.countDown();
    watcher.join(10_000);
    runEnd.join(10_000);

    assertThat(told).containsExactly("cancelled", "settled", "unregistered");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
