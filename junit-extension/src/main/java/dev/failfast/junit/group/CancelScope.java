package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.TestStoppedException;
import dev.failfast.junit.classify.FailurePolicy;
import dev.failfast.junit.schedule.PlanOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apiguardian.api.API;

/**
 * What one cancellation decision covers: a group, or with {@code scope=run} the whole run. It owns
 * the members that started, decides atomically which failure cancels (G4), notifies and interrupts
 * the running members, and classifies how each of them ends.
 *
 * <p>A member is interrupted only while it runs interruptible code (its window), and the window
 * closes under the same lock that interrupts, so an interrupt never outlives its member (G4.5).
 */
@API(status = INTERNAL, since = "0.1")
public final class CancelScope {

  private static final StackTraceElement[] NO_STACK = new StackTraceElement[0];

  private final String name;
  private final Duration grace;
  private final boolean interrupt;
  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled when the scope is cancelled and when a turn is released. */
  private final Condition changed = lock.newCondition();
  private final Runnable wake = this::wake;
  private final Set<Member> running = new LinkedHashSet<>();
  /** Failures already classified, so one seen again after the fact is not counted twice. */
  private final Set<Throwable> classified = Collections.newSetFromMap(new WeakHashMap<>());
  private volatile GroupCancellation cancellation;
  /** Notified members whose body has not returned yet. */
  private int unreturned;
  private long lastReturnNanos;

  /**
   * @param name the group's name, or {@code null} for the whole run
   * @param grace how long running members get to return after the cancellation
   * @param interrupt whether running members are interrupted
   */
  public CancelScope(String name, Duration grace, boolean interrupt) {
    this.name = name;
    this.grace = grace;
    this.interrupt = interrupt;
  }

  public boolean isCancelled() {
    return cancellation != null;
  }

  public Optional<GroupCancellation> cancellation() {
    return Optional.ofNullable(cancellation);
  }

  /**
   * Starts a member unless the scope is cancelled: the gate every test passes before any of its
   * setup runs. With a turn, waits until the turn is free and the member is next in plan order.
   *
   * @return the member, or {@code null} when the scope is cancelled and the test must not start
   */
  public Member admit(String id, String memberName, Turn turn) {
    PlanOrder order = turn == null ? null : PlanOrder.containing(id).orElse(null);
    if (order != null) {
      order.onProgress(wake);
    }
    lock.lock();
    try {
      if (turn != null) {
        awaitTurn(turn, order, id);
      }
      if (cancellation != null) {
        return null;
      }
      Member member = new Member(id, memberName, Thread.currentThread(), turn);
      if (turn != null) {
        turn.holder = member;
      }
      running.add(member);
      return member;
    } finally {
      lock.unlock();
    }
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

  /** The turn that dynamic tests of {@code parent} take one after another. */
  public Turn childTurn(Member parent) {
    lock.lock();
    try {
      if (parent.childTurn == null) {
        parent.childTurn = new Turn(parent.turn == null ? null : parent.turn.group);
      }
      return parent.childTurn;
    } finally {
      lock.unlock();
    }
  }

  // Called with the lock held. managedBlock lets a ForkJoin pool add a worker while this one
  // waits, so the waiting members of a sequential group cannot starve the pool.
  private void awaitTurn(Turn turn, PlanOrder order, String id) {
    ForkJoinPool.ManagedBlocker blocker =
        new ForkJoinPool.ManagedBlocker() {
          @Override
          public boolean isReleasable() {
            return cancellation != null
                || (turn.holder == null && (order == null || order.isNext(turn.group, id)));
          }

          @Override
          public boolean block() {
            if (!isReleasable()) {
              changed.awaitUninterruptibly();
            }
            return isReleasable();
          }
        };
    try {
      ForkJoinPool.managedBlock(blocker);
    } catch (InterruptedException e) {
      // the blocker waits uninterruptibly; keep the flag for whoever set it
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Opens the member's window before interruptible code (setup or body) runs on this thread.
   *
   * @return {@code false} when the member was notified of the cancellation and must not go on
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

  /** Closes the window; clears the interrupt the cancellation delivered, so it cannot leak. */
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
    GroupCancellation settled;
    lock.lock();
    try {
      settled = deactivate(member);
    } finally {
      lock.unlock();
    }
    publishSettled(settled);
  }

  private void wake() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The member finished, cleanup included: releases its turn. */
  public void end(Member member) {
    GroupCancellation settled;
    lock.lock();
    try {
      settled = deactivate(member);
      running.remove(member);
      if (member.turn != null && member.turn.holder == member) {
        member.turn.holder = null;
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
    publishSettled(settled);
  }

  // Returns the cancellation when this was the last notified member to return.
  private GroupCancellation deactivate(Member member) {
    if (!member.active) {
      return null;
    }
    member.active = false;
    if (member.notified) {
      lastReturnNanos = System.nanoTime();
      if (--unreturned == 0) {
        return cancellation;
      }
    }
    return null;
  }

  /**
   * Classifies how a member's code ended with a throwable, and cancels the scope when it is the
   * first fatal failure. The failure counts as racing the cancellation (G4.4) when it reached
   * failfast before the member was notified; after that, any throwable means stopped (G4.2).
   *
   * @param member the member whose code threw, or {@code null} for code outside any member
   * @param caughtAtNanos {@link System#nanoTime()} as soon as the throwable was caught
   * @return what the test ends with: the failure itself, or a {@link TestStoppedException}
   */
  public Throwable failed(
      Member member, Throwable failure, long caughtAtNanos, FailurePolicy policy, String originId, String origin) {
    if (failure instanceof TestStoppedException) {
      return failure;
    }
    GroupCancellation decided = null;
    GroupCancellation raced = null;
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
      if (cancellation == null) {
        decided =
            cancel(CancelReason.FATAL_FAILURE, originId, origin, FailureText.summary(failure), failure, caughtAtNanos, member);
      } else {
        raced = cancellation;
      }
    } finally {
      lock.unlock();
    }
    if (decided != null) {
      afterCancel(decided);
    } else {
      GroupCancellation first = raced;
      GroupListeners.publish(l -> l.alsoFailed(first, originId, origin, failure));
    }
    return failure;
  }

  /**
   * Cancels on purpose (G6). The caller is not notified: it goes on and reports its own outcome.
   *
   * @return {@code false} when the scope was already cancelled
   */
  public boolean cancel(String reason, Member caller, String originId, String origin) {
    GroupCancellation decided;
    lock.lock();
    try {
      if (cancellation != null) {
        return false;
      }
      decided = cancel(CancelReason.ON_PURPOSE, originId, origin, reason, null, System.nanoTime(), caller);
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
    long now = System.nanoTime();
    List<Member> notified = new ArrayList<>();
    for (Member member : running) {
      if (member != exempt && member.active) {
        member.notified = true;
        member.notifiedAtNanos = now;
        notified.add(member);
      }
    }
    unreturned = notified.size();
    lastReturnNanos = now;
    cancellation =
        new GroupCancellation(name, reason, originId, origin, detail, failure, decidedAtNanos, notified.size());
    changed.signalAll();
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
    GroupListeners.publish(l -> l.groupCancelled(decided));
    if (decided.interruptedMembers() == 0) {
      publishSettled(decided);
    } else {
      Watchdog.schedule(this::markOverdue, grace);
    }
  }

  private void publishSettled(GroupCancellation settled) {
    if (settled != null) {
      long latency = Math.max(0, lastReturnNanos - settled.decidedAtNanos());
      GroupListeners.publish(l -> l.groupSettled(settled, latency));
    }
  }

  // Runs on the watchdog thread, grace after the cancellation (G7).
  private void markOverdue() {
    record Overdue(Member member, StackTraceElement[] stack) {}
    List<Overdue> overdue = new ArrayList<>();
    lock.lock();
    try {
      for (Member member : running) {
        if (member.notified && member.active && member.overdueStack == null) {
          Thread thread = member.window != null ? member.window : member.thread;
          member.overdueStack = thread.getStackTrace();
          overdue.add(new Overdue(member, member.overdueStack));
        }
      }
    } finally {
      lock.unlock();
    }
    GroupCancellation decided = cancellation;
    for (Overdue o : overdue) {
      GroupListeners.publish(l -> l.memberOverdue(decided, o.member().id, o.member().name, grace, o.stack()));
    }
  }

  /**
   * Waits until the scope is cancelled or the timeout elapses.
   *
   * @return {@code true} once cancelled; when the wait is cut short by the cancellation's own
   *     interrupt, the interrupt stays set so that blocking code after it stops too
   */
  public boolean await(Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lock();
    try {
      while (cancellation == null) {
        if (remaining <= 0) {
          return false;
        }
        try {
          remaining = changed.awaitNanos(remaining);
        } catch (InterruptedException e) {
          if (cancellation == null) {
            throw e;
          }
          Thread.currentThread().interrupt();
        }
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The exception for a test that never started because the scope was cancelled first. It has no
   * stack: one would only show failfast's gate, for each of possibly thousands of tests.
   */
  public TestStoppedException notStarted() {
    TestStoppedException stopped = new TestStoppedException(StopMessage.notStarted(cancellation.describe()));
    stopped.setStackTrace(NO_STACK);
    return stopped;
  }

  /**
   * The exception for a member that was running when the scope was cancelled.
   *
   * @param ended the throwable it ended with, or {@code null} when it stopped at a checkpoint
   */
  public TestStoppedException stopped(Member member, Throwable ended) {
    lock.lock();
    try {
      if (member.overdueStack != null) {
        TestStoppedException stopped =
            new TestStoppedException(StopMessage.overdue(cancellation.describe(), grace), overdueTrace(member));
        if (ended != null) {
          stopped.addSuppressed(ended);
        }
        return stopped;
      }
      String endedWith = ended == null ? null : FailureText.summary(ended);
      return new TestStoppedException(StopMessage.wasRunning(cancellation.describe(), endedWith), ended);
    } finally {
      lock.unlock();
    }
  }

  /** The exception for a member whose body returned normally after its grace ran out, or null. */
  public TestStoppedException overdue(Member member) {
    lock.lock();
    try {
      return member.overdueStack == null ? null : stopped(member, null);
    } finally {
      lock.unlock();
    }
  }

  private static Throwable overdueTrace(Member member) {
    Throwable trace = new Throwable("stack of " + member.thread.getName() + " when its grace ran out");
    trace.setStackTrace(member.overdueStack);
    return trace;
  }
}
