package dev.failfast.junit.schedule;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;

/**
 * The turns taken within one cancellation scope (docs/rules.md G9): a member of a sequential group waits here
 * until its group's {@link Turn} is free and it is next in the launcher's plan order
 * ({@link PlanOrder}), or until the scope is cancelled, which releases every waiter so that it can
 * be reported stopped (docs/rules.md G4.1).
 *
 * <p>Lock order: the lock of a {@code Turns} is always taken alone, never while its caller holds
 * the lock of the scope that owns it; while holding it, {@link PlanOrder}'s monitor may be taken.
 * PlanOrder calls its progress listeners (such as {@link #wakeAll}) without holding its monitor,
 * so the two are never taken in the other order.
 */
@API(status = INTERNAL, since = "0.1")
public final class Turns {

  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled when a turn is released, a test of the plan is done, or the scope is cancelled. */
  private final Condition changed = lock.newCondition();
  private final Runnable wake = this::wakeAll;
  private final BooleanSupplier cancelled;

  /** @param cancelled whether the owning scope is cancelled; read without any lock */
  public Turns(BooleanSupplier cancelled) {
    this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
  }

  /**
   * Waits until {@code turn} is free and the test {@code id} is next in plan order, then takes it.
   *
   * @return {@code false} when the scope was cancelled first; the turn is then not taken
   */
  public boolean take(Turn turn, String id) {
    PlanOrder order = PlanOrder.containing(id).orElse(null);
    if (order != null) {
      order.onProgress(wake);
    }
    lock.lock();
    try {
      awaitTurn(turn, order, id);
      if (cancelled.getAsBoolean()) {
        return false;
      }
      turn.holder = id;
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Frees {@code turn} if {@code id} holds it, and with it the turn of its dynamic tests. */
  public void release(Turn turn, String id) {
    lock.lock();
    try {
      if (id.equals(turn.holder)) {
        turn.holder = null;
        turn.child = null;
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The turn the dynamic tests of {@code held}'s current holder take one after another. */
  public Turn childOf(Turn held) {
    lock.lock();
    try {
      if (held.child == null) {
        held.child = new Turn(held.group);
      }
      return held.child;
    } finally {
      lock.unlock();
    }
  }

  /** Makes every waiter look again: the scope was cancelled, or a test of the plan is done. */
  public void wakeAll() {
    lock.lock();
    try {
      changed.signalAll();
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
            return cancelled.getAsBoolean()
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
}
