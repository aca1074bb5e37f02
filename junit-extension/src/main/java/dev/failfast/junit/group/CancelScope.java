package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.TestStoppedException;
import dev.failfast.junit.classify.FailurePolicy;
import dev.failfast.junit.schedule.Turn;
import dev.failfast.junit.schedule.Turns;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;

/**
 * The cancellation decision of one scope: a group, or with {@code scope=run} the whole run. It
 * owns the members that started, decides atomically which failure cancels (docs/rules.md G4),
 * notifies and interrupts the running members, and classifies how each of them ends.
 *
 * <p>Windows: a member is interrupted only while it runs interruptible code, between
 * {@link #enter} and {@link #exit}. The window closes under the lock that interrupts, and closing
 * it clears the interrupt the cancellation delivered, so no interrupt outlives its member
 * (docs/rules.md G4.5).
 *
 * <p>Lock order: the scope's lock guards the decision and its members' state, and nothing else is
 * called while it is held but {@link Thread#interrupt} and {@link Thread#getStackTrace}. The
 * {@link Turns} of sequential groups are taken before admission and released after {@link #end},
 * and listeners and the grace timer are called after the lock is released, so a listener that
 * writes or blocks never holds up a decision.
 */
@API(status = INTERNAL, since = "0.1")
public final class CancelScope {

  private final String name;
  private final Duration grace;
  private final boolean interrupt;
  private final LongSupplier nanoClock;
  private final GroupListener listener;
  private final BiConsumer<Runnable, Duration> graceTimer;
  private final Turns turns = new Turns(this::isCancelled);
  private final ReentrantLock lock = new ReentrantLock();
  /** Opened by the decision, for whoever awaits it. */
  private final CountDownLatch decision = new CountDownLatch(1);
  private final Set<Member> running = new LinkedHashSet<>();
  /** Failures already classified, so one seen again after the fact is not counted twice. */
  private final Set<Throwable> classified = Collections.newSetFromMap(new WeakHashMap<>());
  private volatile GroupCancellation cancellation;
  private Aftermath aftermath;
  /** Guarded by the lock: whether groupCancelled is out, so that a settle may follow it on the wire. */
  private boolean announced;
  /** Guarded by the lock: a settle that came before its cancellation was announced, for afterCancel. */
  private GroupCancellation settledEarly;

  /**
   * @param name the group's name, or {@code null} for the whole run
   * @param grace how long running members get to return after the cancellation
   * @param interrupt whether running members are interrupted
   * @param nanoClock the clock of every timestamp the scope takes or is given
   * @param listener told of the scope's events, outside its lock
   * @param graceTimer runs a task once a duration has passed: the overdue check (docs/rules.md G7)
   */
  CancelScope(
      String name, Duration grace, boolean interrupt, LongSupplier nanoClock, GroupListener listener,
      BiConsumer<Runnable, Duration> graceTimer) {
    this.name = name;
    this.grace = grace;
    this.interrupt = interrupt;
    this.nanoClock = nanoClock;
    this.listener = listener;
    this.graceTimer = graceTimer;
  }

  public boolean isCancelled() {
    return cancellation != null;
  }

  public Optional<GroupCancellation> cancellation() {
    return Optional.ofNullable(cancellation);
  }

  /** The scope's clock, for the time a failure was caught ({@link #failed}). */
  public long nanoTime() {
    return nanoClock.getAsLong();
  }

  /**
   * Starts a member unless the scope is cancelled: the gate every test passes before any of its
   * setup runs (docs/rules.md G4.1). With a turn, first waits until it is the member's (docs/rules.md G9). Returns the member,
   * or {@code null} when the scope is cancelled and the test must not start.
   */
  public Member admit(String id, String memberName, Turn turn) {
    if (turn != null && !turns.take(turn, id)) {
      return null;
    }
    lock.lock();
    try {
      if (cancellation == null) {
        Member member = new Member(id, memberName, Thread.currentThread(), turn);
        running.add(member);
        return member;
      }
    } finally {
      lock.unlock();
    }
    if (turn != null) {
      turns.release(turn, id); // cancelled between taking the turn and passing the gate
    }
    return null;
  }

  /** The turn the dynamic tests of {@code parent} take one after another; {@code null} in a parallel group. */
  public Turn childTurn(Member parent) {
    return parent.turn == null ? null : turns.childOf(parent.turn);
  }

  /** The active member running on the calling thread, if any: who holds a signal right now. */
  public Optional<Member> memberOnCurrentThread() {
    Thread current = Thread.currentThread();
    lock.lock();
    try {
      for (Member member : running) {
        if (member.active && (member.window == current || member.thread == current)) {
          return Optional.of(member);
        }
      }
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Opens the member's window before interruptible code (setup or body) runs on this thread;
   * {@code false} when the member was notified of the cancellation and must not go on.
   */
  public boolean enter(Member member) {
    lock.lock();
    try {
      if (member.notified) {
        return false;
      }
      member.window = Thread.currentThread();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Closes the window; clears the interrupt the cancellation delivered, so it cannot leak (docs/rules.md G4.5). */
  public void exit(Member member) {
    boolean clear;
    lock.lock();
    try {
      member.window = null;
      clear = member.interruptedByCancel;
      member.interruptedByCancel = false;
    } finally {
      lock.unlock();
    }
    if (clear) {
      Thread.interrupted();
    }
  }

  /** The member's body returned (or will not run): what follows is cleanup. */
  public void endBody(Member member) {
    finish(member, false);
  }

  /** The member finished, cleanup included: it leaves the scope and releases its turn. */
  public void end(Member member) {
    finish(member, true);
  }

  private void finish(Member member, boolean leaves) {
    GroupCancellation settled = null;
    lock.lock();
    try {
      if (member.active) {
        member.active = false;
        // the last notified member to return settles the cancellation (docs/rules.md G4.3)
        settled = member.notified && aftermath.returned(nanoClock.getAsLong()) ? cancellation : null;
        if (settled != null && !announced) { // the interrupted member beat the announcement: it follows it
          settledEarly = settled;
          settled = null;
        }
      }
      if (leaves) {
        running.remove(member);
      }
    } finally {
      lock.unlock();
    }
    if (leaves && member.turn != null) {
      turns.release(member.turn, member.id);
    }
    publishSettled(settled);
  }

  /**
   * Classifies how a member's code ended with a throwable, and cancels the scope when it is the
   * first fatal failure. The failure counts as racing the cancellation (docs/rules.md G4.4) when it reached
   * failfast before the member was notified; after that, any throwable means stopped (docs/rules.md G4.2).
   *
   * @param member the member whose code threw, or {@code null} for code outside any member
   * @param caughtAtNanos {@link #nanoTime()} as soon as the throwable was caught
   * @return what the test ends with: the failure itself, or a {@link TestStoppedException}
   */
  public Throwable failed(
      Member member, Throwable failure, long caughtAtNanos, FailurePolicy policy, String originId, String origin) {
    if (failure instanceof TestStoppedException) {
      return failure;
    }
    GroupCancellation before;
    lock.lock();
    try {
      if (!classified.add(failure)) {
        return failure;
      }
      if (member != null && member.notified && caughtAtNanos - member.notifiedAtNanos >= 0) {
        return stopped(member, failure);
      }
      if (!policy.isFatal(failure)) {
        return failure;
      }
      before = decideFatal(failure, caughtAtNanos, member, originId, origin);
    } finally {
      lock.unlock();
    }
    announceFatal(before, failure, originId, origin);
    return failure;
  }

  /**
   * Concludes a fatal failure that waited for a later attempt of its test which never ran
   * (docs/rules.md "Reruns"): it is the test's result, so it cancels now, as it would have when
   * caught, or counts as failing too when the scope was cancelled meanwhile. Its member has ended,
   * so it was never notified.
   */
  public void concludeHeldBack(Throwable failure, String originId, String origin) {
    GroupCancellation before;
    lock.lock();
    try {
      before = decideFatal(failure, nanoClock.getAsLong(), null, originId, origin);
    } finally {
      lock.unlock();
    }
    announceFatal(before, failure, originId, origin);
  }

  // Called with the lock held: the cancellation that came before this fatal failure, or null when it decides.
  private GroupCancellation decideFatal(
      Throwable failure, long caughtAtNanos, Member member, String originId, String origin) {
    if (cancellation != null) {
      return cancellation;
    }
    cancel(CancelReason.FATAL_FAILURE, originId, origin, FailureText.summary(failure), failure, caughtAtNanos, member);
    return null;
  }

  private void announceFatal(GroupCancellation before, Throwable failure, String originId, String origin) {
    if (before == null) {
      afterCancel(cancellation);
    } else {
      listener.alsoFailed(before, originId, origin, failure);
    }
  }

  /**
   * Cancels without a failure of its own: on purpose (docs/rules.md G6), or for the build JVM (another test
   * JVM's {@code scope=run} cancellation, the failure budget); {@code false} when the scope was already
   * cancelled. The caller is not notified: it goes on and reports its own outcome.
   *
   * @param detail the reason given, or the cause's summary
   * @param caller nullable; the member that cancels
   */
  public boolean cancel(CancelReason reason, String detail, Member caller, String originId, String origin) {
    GroupCancellation decided;
    lock.lock();
    try {
      if (cancellation != null) {
        return false;
      }
      decided = cancel(reason, originId, origin, detail, null, nanoClock.getAsLong(), caller);
    } finally {
      lock.unlock();
    }
    afterCancel(decided);
    return true;
  }

  // Called with the lock held: the one atomic decision. It is published before any interrupt, so
  // a member woken by the interrupt sees the scope cancelled.
  private GroupCancellation cancel(
      CancelReason reason, String originId, String origin, String detail, Throwable failure,
      long decidedAtNanos, Member exempt) {
    aftermath = Aftermath.notify(running, exempt, nanoClock.getAsLong());
    List<Member> notified = aftermath.notified();
    cancellation = new GroupCancellation(
        reason.cancelsRun() ? null : name, reason, originId, origin, detail, failure, decidedAtNanos, notified.size());
    decision.countDown();
    if (interrupt) {
      for (Member member : notified) {
        if (member.window != null) {
          member.window.interrupt();
          member.interruptedByCancel = true;
        }
      }
    }
    return cancellation;
  }

  private void afterCancel(GroupCancellation decided) {
    turns.wakeAll(); // whoever waits for a turn now learns it will never start
    listener.groupCancelled(decided);
    GroupCancellation early;
    lock.lock();
    try {
      announced = true;
      early = settledEarly;
    } finally {
      lock.unlock();
    }
    if (decided.interruptedMembers() == 0) {
      publishSettled(decided);
    } else {
      graceTimer.accept(this::markOverdue, grace);
      publishSettled(early);
    }
  }

  private void publishSettled(GroupCancellation settled) {
    if (settled != null) {
      listener.groupSettled(settled, aftermath.latencyNanos(settled.decidedAtNanos()));
    }
  }

  // Runs on the grace timer's thread, grace after the cancellation (docs/rules.md G7).
  private void markOverdue() {
    List<Member> overdue;
    lock.lock();
    try {
      overdue = aftermath.markOverdue();
    } finally {
      lock.unlock();
    }
    for (Member member : overdue) {
      listener.memberOverdue(cancellation, member.id, member.name, grace, member.overdueStack);
    }
  }

  /**
   * Waits until the scope is cancelled ({@code true}) or the timeout elapses. When the wait is cut
   * short by the cancellation's own interrupt, the interrupt stays set so blocking code after it stops too.
   */
  public boolean await(Duration timeout) throws InterruptedException {
    try {
      return decision.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      if (cancellation == null) {
        throw e;
      }
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** The exception for a test that never started because the scope was cancelled first. */
  public TestStoppedException notStarted() {
    return StopMessage.notStartedException(cancellation);
  }

  /**
   * The exception for a member that was running when the scope was cancelled.
   *
   * @param ended the throwable it ended with, or {@code null} when it stopped at a checkpoint
   */
  public TestStoppedException stopped(Member member, Throwable ended) {
    return StopMessage.stoppedException(cancellation, grace, member, ended);
  }
}
