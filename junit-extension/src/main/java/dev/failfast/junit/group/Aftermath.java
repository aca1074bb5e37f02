package dev.failfast.junit.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What follows one cancellation (docs/rules.md G4.3, G7): the members it notified, how many of
 * them have yet to return, and which are overdue when their grace runs out. Guarded by the lock of
 * the {@link CancelScope} that decided it.
 */
final class Aftermath {

  private final List<Member> notified;
  private int unreturned;
  private long lastReturnNanos;

  private Aftermath(List<Member> notified, long notifiedAtNanos) {
    this.notified = List.copyOf(notified);
    this.unreturned = notified.size();
    this.lastReturnNanos = notifiedAtNanos;
  }

  /** Notifies, at {@code nowNanos}, every member of {@code running} whose body runs, but {@code exempt}. */
  static Aftermath notify(Collection<Member> running, Member exempt, long nowNanos) {
    List<Member> notified = new ArrayList<>();
    for (Member member : running) {
      if (member != exempt && member.active) {
        member.notified = true;
        member.notifiedAtNanos = nowNanos;
        notified.add(member);
      }
    }
    return new Aftermath(notified, nowNanos);
  }

  /** The members notified, in the order they started. */
  List<Member> notified() {
    return notified;
  }

  /**
   * A notified member's body returned at {@code atNanos}.
   *
   * @return {@code true} when it was the last: the cancellation has settled
   */
  boolean returned(long atNanos) {
    lastReturnNanos = atNanos;
    return --unreturned == 0;
  }

  /** From {@code decidedAtNanos} to the last notified member's return, or to the decision itself. */
  long latencyNanos(long decidedAtNanos) {
    return Math.max(0, lastReturnNanos - decidedAtNanos);
  }

  /** Marks overdue, with the stack its thread has now, each notified member still active; returns them. */
  List<Member> markOverdue() {
    List<Member> overdue = new ArrayList<>();
    for (Member member : notified) {
      if (member.active && member.overdueStack == null) {
        Thread thread = member.window != null ? member.window : member.thread;
        member.overdueStack = thread.getStackTrace();
        overdue.add(member);
      }
    }
    return overdue;
  }
}
