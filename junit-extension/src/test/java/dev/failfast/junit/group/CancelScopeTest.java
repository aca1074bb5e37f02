package dev.failfast.junit.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.TestStoppedException;
import dev.failfast.junit.classify.FailurePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The cancellation decision and the windows, driven directly (docs/rules.md G4, G6, G7): a fake
 * nano clock, a listener that records every event, and a grace timer whose task the test runs
 * itself. Threads meet at latches and barriers, never after sleeps; the racy cases repeat.
 */
class CancelScopeTest {

  private static final Duration GRACE = Duration.ofSeconds(10);
  private static final FailurePolicy FATAL = FailurePolicy.EVERY_FAILURE_IS_FATAL;
  private static final int THREADS = 8;

  private final AtomicLong clock = new AtomicLong(1);
  private final Events events = new Events();
  private final List<Runnable> graceTasks = new CopyOnWriteArrayList<>();
  private final List<Duration> graceDelays = new CopyOnWriteArrayList<>();
  private final CancelScope scope =
      new CancelScope("payments", GRACE, true, clock::get, events, (task, delay) -> {
        graceTasks.add(task);
        graceDelays.add(delay);
      });
  private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
  /** One thread, so that the code it runs next is the code a leaked interrupt would reach. */
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    worker.shutdownNow();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @RepeatedTest(200)
  void amongConcurrentFatalFailuresTheFirstCancelsExactlyOnceAndEveryOtherIsAlsoFailed() throws Exception {
    CyclicBarrier together = new CyclicBarrier(THREADS);
    List<Future<Outcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      outcomes.add(failFatally("t" + i, together));
    }
    List<Throwable> thrown = new ArrayList<>();
    for (Future<Outcome> outcome : outcomes) {
      Outcome o = outcome.get(10, TimeUnit.SECONDS);
      assertThat(o.endedWith()).as("a failure that raced the cancellation stays a failure").isSameAs(o.failure());
      thrown.add(o.failure());
    }

    assertThat(events.cancelled).hasSize(1);
    GroupCancellation first = events.cancelled.get(0);
    assertThat(first.reason()).isEqualTo(CancelReason.FATAL_FAILURE);
    assertThat(thrown).contains(first.failure());
    assertThat(events.alsoFailed).hasSize(THREADS - 1);
    assertThat(events.alsoFailed).allSatisfy(also -> assertThat(also.cancellation()).isSameAs(first));
    assertThat(events.alsoFailed).extracting(AlsoFailed::failure)
        .containsExactlyInAnyOrderElementsOf(thrown.stream().filter(t -> t != first.failure()).toList());
  }

  @Test
  void aFailureCaughtAfterTheMemberWasNotifiedIsStoppedNotAlsoFailed() {
    Member failing = scope.admit("a", "com.acme.A.charge()", null);
    Member running = scope.admit("b", "com.acme.B.refund()", null);
    clock.set(5);
    scope.failed(failing, new IllegalStateException("gateway down"), clock.get(), FATAL, "a", "com.acme.A.charge()");
    clock.set(6);
    InterruptedException ended = new InterruptedException("sleep interrupted");

    Throwable outcome = scope.failed(running, ended, clock.get(), FATAL, "b", "com.acme.B.refund()");

    assertThat(outcome).isInstanceOf(TestStoppedException.class).hasCause(ended).hasMessage(
        "stopped: group 'payments' cancelled by fatal failure in com.acme.A.charge(): IllegalStateException:"
            + " gateway down; was running, ended with InterruptedException: sleep interrupted");
    assertThat(events.alsoFailed).isEmpty();
    assertThat(events.cancelled).hasSize(1);
  }

  @Test
  void aFailureCaughtBeforeTheNotificationIsReportedAsTheFailureItIs() {
    Member failing = scope.admit("a", "A", null);
    Member racing = scope.admit("b", "B", null);
    long caughtBeforeTheDecision = clock.get();
    clock.set(5);
    scope.failed(failing, new IllegalStateException("first"), clock.get(), FATAL, "a", "A");
    IllegalStateException second = new IllegalStateException("second");

    assertThat(scope.failed(racing, second, caughtBeforeTheDecision, FATAL, "b", "B")).isSameAs(second);
    assertThat(events.alsoFailed).extracting(AlsoFailed::failure).containsExactly(second);
  }

  /** docs/rules.md "Reruns": a failure held back for an attempt that never ran cancels when concluded. */
  @Test
  void aConcludedHeldBackFailureCancelsAtTheConclusionAndNotifiesTheRunningMembers() {
    Member running = scope.admit("b", "com.acme.B.refund()", null);
    IllegalStateException heldBack = new IllegalStateException("gateway down");
    scope.failed(null, heldBack, clock.get(), FailurePolicy.NOTHING_IS_FATAL, "a", "com.acme.A.charge()");
    assertThat(events.cancelled).as("held back: nothing cancelled yet").isEmpty();
    clock.set(7);

    scope.concludeHeldBack(heldBack, "a", "com.acme.A.charge()");

    assertThat(events.cancelled).singleElement().satisfies(cancellation -> {
      assertThat(cancellation.reason()).isEqualTo(CancelReason.FATAL_FAILURE);
      assertThat(cancellation.originId()).isEqualTo("a");
      assertThat(cancellation.failure()).isSameAs(heldBack);
      assertThat(cancellation.decidedAtNanos()).isEqualTo(7);
      assertThat(cancellation.interruptedMembers()).isEqualTo(1);
    });
    assertThat(scope.enter(running)).as("the running member was notified").isFalse();
  }

  /** Concluded while other members fail fatally: exactly one cancellation, every other failure also failed. */
  @RepeatedTest(200)
  void aHeldBackFailureConcludedAmongConcurrentFatalFailuresCancelsAtMostOnce() throws Exception {
    CyclicBarrier together = new CyclicBarrier(THREADS);
    IllegalStateException heldBack = new IllegalStateException("held back");
    List<Future<Outcome>> outcomes = new ArrayList<>();
    outcomes.add(threads.submit(() -> {
      together.await();
      clock.set(2);
      scope.concludeHeldBack(heldBack, "h", "H");
      return new Outcome(heldBack, heldBack);
    }));
    for (int i = 1; i < THREADS; i++) {
      outcomes.add(failFatally("t" + i, together));
    }
    List<Throwable> thrown = new ArrayList<>();
    for (Future<Outcome> outcome : outcomes) {
      thrown.add(outcome.get(10, TimeUnit.SECONDS).failure());
    }

    assertThat(events.cancelled).hasSize(1);
    GroupCancellation first = events.cancelled.get(0);
    assertThat(events.alsoFailed).extracting(AlsoFailed::failure)
        .containsExactlyInAnyOrderElementsOf(thrown.stream().filter(t -> t != first.failure()).toList());
  }

  @RepeatedTest(200)
  void closingTheWindowBeforeOrAfterTheInterruptNeverLeavesTheFlagForTheNextCodeOnItsThread() throws Exception {
    Member member = scope.admit("m", "M", null);
    Member failing = scope.admit("f", "F", null);
    CyclicBarrier together = new CyclicBarrier(2);
    Future<Boolean> interruptedAfterwards = worker.submit(() -> {
      assertThat(scope.enter(member)).isTrue();
      together.await();
      scope.exit(member); // races the cancellation below
      return Thread.currentThread().isInterrupted();
    });
    together.await();
    scope.failed(failing, new IllegalStateException("fatal"), clock.get(), FATAL, "f", "F");

    assertThat(interruptedAfterwards.get(10, TimeUnit.SECONDS)).isFalse();
  }

  @Test
  void aMemberBlockedInItsWindowIsInterruptedAndTheInterruptEndsWithTheWindow() throws Exception {
    Member member = scope.admit("m", "M", null);
    Member failing = scope.admit("f", "F", null);
    CountDownLatch inWindow = new CountDownLatch(1);
    Future<List<String>> blocked = worker.submit(() -> {
      String ended;
      scope.enter(member);
      try {
        inWindow.countDown();
        new CountDownLatch(1).await(); // only the cancellation's interrupt ends this
        ended = "returned";
      } catch (InterruptedException expected) {
        Thread.currentThread().interrupt(); // as code that restores the flag does
        ended = "interrupted";
      } finally {
        scope.exit(member);
      }
      return List.of(ended, "flag after the window: " + Thread.currentThread().isInterrupted());
    });
    assertThat(inWindow.await(10, TimeUnit.SECONDS)).isTrue();

    scope.failed(failing, new IllegalStateException("fatal"), clock.get(), FATAL, "f", "F");

    assertThat(blocked.get(10, TimeUnit.SECONDS)).containsExactly("interrupted", "flag after the window: false");
    assertThat(scope.enter(member)).as("a notified member does not open its window again").isFalse();
  }

  @Test
  void aWindowClosedBeforeTheCancellationIsNeverInterrupted() throws Exception {
    Member member = scope.admit("m", "M", null);
    Member failing = scope.admit("f", "F", null);
    CountDownLatch closed = new CountDownLatch(1);
    CountDownLatch decided = new CountDownLatch(1);
    Future<Boolean> interruptedLater = worker.submit(() -> {
      scope.enter(member);
      scope.exit(member);
      closed.countDown();
      decided.await(); // throws if the cancellation interrupted this thread after all
      return Thread.currentThread().isInterrupted();
    });
    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();

    scope.failed(failing, new IllegalStateException("fatal"), clock.get(), FATAL, "f", "F");
    decided.countDown();

    assertThat(interruptedLater.get(10, TimeUnit.SECONDS)).isFalse();
  }

  @Test
  void graceMarksOverdueExactlyTheNotifiedMembersStillActive() {
    Member caller = scope.admit("caller", "Caller", null);
    Member returned = scope.admit("returned", "Returned", null);
    Member stuck = scope.admit("stuck", "Stuck", null);
    Member stuckToo = scope.admit("stuckToo", "StuckToo", null);
    clock.set(100);
    scope.cancel(CancelReason.ON_PURPOSE, "backend unavailable", caller, "caller", "Caller");
    clock.set(150);
    scope.endBody(returned);
    assertThat(graceDelays).containsExactly(GRACE);

    graceTasks.get(0).run(); // the grace ran out
    graceTasks.get(0).run(); // a member is marked overdue once

    assertThat(events.overdue).extracting(Overdue::testId).containsExactly("stuck", "stuckToo");
    assertThat(events.overdue).allSatisfy(o -> assertThat(o.stack()).isNotEmpty());
    assertThat(caller.isOverdue()).isFalse();
    assertThat(returned.isOverdue()).isFalse();
    assertThat(scope.stopped(stuck, null)).hasMessage(
        "stopped: group 'payments' cancelled by Caller: backend unavailable; did not stop within 10 s");

    clock.set(250);
    scope.endBody(stuck);
    assertThat(events.settled).isEmpty();
    scope.endBody(stuckToo);
    assertThat(events.settled).containsExactly(new Settled(events.cancelled.get(0), 150));
  }

  @Test
  void aCancelOnPurposeSparesItsCallerAndNotifiesTheOthers() throws Exception {
    Member caller = scope.admit("caller", "com.acme.HealthIT.probe()", null);
    Member other = scope.admit("other", "Other", null);
    CountDownLatch inWindow = new CountDownLatch(1);
    Future<Boolean> otherInterrupted = worker.submit(() -> {
      scope.enter(other);
      try {
        inWindow.countDown();
        new CountDownLatch(1).await();
        return false;
      } catch (InterruptedException expected) {
        return true;
      } finally {
        scope.exit(other);
      }
    });
    assertThat(inWindow.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(scope.enter(caller)).isTrue();

    boolean cancelled = scope.cancel(CancelReason.ON_PURPOSE, "backend unavailable", caller, "caller", "com.acme.HealthIT.probe()");
    boolean interruptedCaller = Thread.currentThread().isInterrupted();
    scope.exit(caller);

    assertThat(cancelled).isTrue();
    assertThat(interruptedCaller).isFalse();
    assertThat(otherInterrupted.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(scope.enter(caller)).as("the caller goes on").isTrue();
    scope.exit(caller);
    assertThat(scope.enter(other)).isFalse();
    assertThat(events.cancelled).singleElement().satisfies(c -> {
      assertThat(c.reason()).isEqualTo(CancelReason.ON_PURPOSE);
      assertThat(c.interruptedMembers()).isEqualTo(1);
    });
    assertThat(scope.cancel(CancelReason.ON_PURPOSE, "again", caller, "caller", "x")).isFalse();
    assertThat(scope.admit("late", "Late", null)).as("nothing starts after the decision").isNull();
  }

  /**
   * The fork streams a group's records in the order the scope publishes them, and the build JVM
   * reads a settle only after its cancellation: a member that returns while the cancellation is
   * still being announced settles it after the announcement, never before (seen in IT scope-run).
   */
  @Test
  void aMemberThatReturnsWhileTheCancellationIsAnnouncedSettlesItAfterwards() {
    List<String> published = new CopyOnWriteArrayList<>();
    AtomicReference<Runnable> returnsMeanwhile = new AtomicReference<>();
    CancelScope announcing = new CancelScope("payments", GRACE, true, clock::get, new GroupListener() {
      @Override
      public void groupCancelled(GroupCancellation cancellation) {
        returnsMeanwhile.get().run();
        published.add("cancelled");
      }

      @Override
      public void groupSettled(GroupCancellation cancellation, long cancelLatencyNanos) {
        published.add("settled");
      }
    }, (task, delay) -> {});
    Member caller = announcing.admit("caller", "Caller", null);
    Member running = announcing.admit("running", "Running", null);
    returnsMeanwhile.set(() -> announcing.endBody(running));

    announcing.cancel(CancelReason.ON_PURPOSE, "backend unavailable", caller, "caller", "Caller");

    assertThat(published).containsExactly("cancelled", "settled");
  }

  /** A member that fails fatally once all meet at {@code together}, its failure caught before any notification. */
  private Future<Outcome> failFatally(String test, CyclicBarrier together) {
    return threads.submit(() -> {
      Member member = scope.admit(test, test, null);
      long caughtAt = clock.get(); // each failure is caught before any notification (clock 1 < 2)
      together.await();
      clock.set(2);
      IllegalStateException failure = new IllegalStateException(test + " failed");
      scope.endBody(member);
      return new Outcome(failure, scope.failed(member, failure, caughtAt, FATAL, test, test));
    });
  }

  private record Outcome(Throwable failure, Throwable endedWith) {}

  private record AlsoFailed(GroupCancellation cancellation, String testId, Throwable failure) {}

  private record Overdue(String testId, StackTraceElement[] stack) {}

  private record Settled(GroupCancellation cancellation, long latencyNanos) {}

  /** Every event the scope reports, in the order it reported them. */
  private static final class Events implements GroupListener {
    final List<GroupCancellation> cancelled = new CopyOnWriteArrayList<>();
    final List<AlsoFailed> alsoFailed = new CopyOnWriteArrayList<>();
    final List<Overdue> overdue = new CopyOnWriteArrayList<>();
    final List<Settled> settled = new CopyOnWriteArrayList<>();

    @Override
    public void groupCancelled(GroupCancellation cancellation) {
      cancelled.add(cancellation);
    }

    @Override
    public void alsoFailed(GroupCancellation cancellation, String testId, String test, Throwable failure) {
      alsoFailed.add(new AlsoFailed(cancellation, testId, failure));
    }

    @Override
    public void memberOverdue(
        GroupCancellation cancellation, String testId, String test, Duration grace, StackTraceElement[] stack) {
      overdue.add(new Overdue(testId, stack));
    }

    @Override
    public void groupSettled(GroupCancellation cancellation, long cancelLatencyNanos) {
      settled.add(new Settled(cancellation, cancelLatencyNanos));
    }
  }
}
