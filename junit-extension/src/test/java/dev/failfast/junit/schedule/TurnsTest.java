package dev.failfast.junit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Turns of a sequential group (docs/rules.md G9), and how a cancellation releases their waiters (docs/rules.md G4.1). */
class TurnsTest {

  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Turns turns = new Turns(cancelled::get);
  private final Turn turn = new Turn("db");
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @RepeatedTest(50)
  void aTurnHasOneHolderAtATime() throws Exception {
    List<String> journal = new CopyOnWriteArrayList<>();
    CountDownLatch firstHolds = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
    Future<Boolean> first = threads.submit(() -> {
      boolean took = turns.take(turn, "first");
      journal.add("first took");
      firstHolds.countDown();
      letGo.await();
      journal.add("first releases");
      turns.release(turn, "first");
      return took;
    });
    assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
    Future<Boolean> second = threads.submit(() -> {
      boolean took = turns.take(turn, "second");
      journal.add("second took");
      return took;
    });
    letGo.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(journal).containsExactly("first took", "first releases", "second took");
  }

  @RepeatedTest(50)
  void aCancellationReleasesWhoeverWaitsWithoutGivingThemTheTurn() throws Exception {
    assertThat(turns.take(turn, "holder")).isTrue();
    Future<Boolean> waiter = threads.submit(() -> turns.take(turn, "waiter"));

    cancelled.set(true);
    turns.wakeAll();

    assertThat(waiter.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(turns.take(new Turn("db"), "late")).as("nothing takes a turn once cancelled").isFalse();
  }

  @Test
  void onlyTheHolderReleasesATurnAndTheDynamicTestsTurnLastsAsLongAsItsHolding() {
    assertThat(turns.take(turn, "factory")).isTrue();
    Turn child = turns.childOf(turn);
    assertThat(turns.childOf(turn)).isSameAs(child);

    turns.release(turn, "someone else");
    assertThat(turns.childOf(turn)).as("still held by the factory").isSameAs(child);

    turns.release(turn, "factory");
    assertThat(turns.take(turn, "next")).isTrue();
    assertThat(turns.childOf(turn)).as("the next holder's dynamic tests take a turn of their own").isNotSameAs(child);
  }
}
