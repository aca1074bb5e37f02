package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.schedule.Turn;
import org.apiguardian.api.API;

/**
 * A started member of a group: a test (or a class's {@code @BeforeAll} method) that was admitted
 * before its group was cancelled. Its mutable state belongs to its {@link CancelScope} and is only
 * touched under the scope's lock.
 */
@API(status = INTERNAL, since = "0.1")
public final class Member {

  final String id;
  final String name;
  final Thread thread;
  /** The turn it holds in a sequential group, {@code null} in a parallel one. */
  final Turn turn;

  /** Setup and body still to run; ends with the body, before cleanup. */
  boolean active = true;
  /** The thread while it runs interruptible code of this member. */
  Thread window;
  boolean interruptedByCancel;
  /** Whether the cancellation reached this member while it was active. */
  boolean notified;
  /** The scope's clock when it did. */
  long notifiedAtNanos;
  /**
   * Its thread's stack when its grace ran out (docs/rules.md G7); {@code null} while it is not overdue. Written
   * under the scope's lock, read without it.
   */
  volatile StackTraceElement[] overdueStack;

  Member(String id, String name, Thread thread, Turn turn) {
    this.id = id;
    this.name = name;
    this.thread = thread;
    this.turn = turn;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** Whether its grace ran out before its body returned (docs/rules.md G7). */
  public boolean isOverdue() {
    return overdueStack != null;
  }

  @Override
  public String toString() {
    return name;
  }
}
