package dev.failfast.junit.harness;

import dev.failfast.junit.fixtures.Sync;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.group.GroupListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the group events of one launch, and opens latches fixtures can wait on:
 * {@code cancelled:<group>} (or {@code cancelled:run}), {@code overdue} and
 * {@code settled:<group>}.
 */
public final class RecordingGroupListener implements GroupListener {

  public record AlsoFailed(GroupCancellation cancellation, String testId, String test, Throwable failure) {}

  public record Overdue(
      GroupCancellation cancellation, String testId, String test, Duration grace, StackTraceElement[] stack) {}

  public record Settled(GroupCancellation cancellation, long latencyNanos, List<String> journalAtSettle) {}

  private final List<GroupCancellation> cancelled = new CopyOnWriteArrayList<>();
  private final List<AlsoFailed> alsoFailed = new CopyOnWriteArrayList<>();
  private final List<Overdue> overdue = new CopyOnWriteArrayList<>();
  private final List<Settled> settled = new CopyOnWriteArrayList<>();

  static String key(GroupCancellation c) {
    return c.scope() == null ? "run" : c.scope();
  }

  @Override
  public void groupCancelled(GroupCancellation cancellation) {
    cancelled.add(cancellation);
    Sync.countDown("cancelled:" + key(cancellation));
  }

  @Override
  public void alsoFailed(GroupCancellation cancellation, String testId, String test, Throwable failure) {
    alsoFailed.add(new AlsoFailed(cancellation, testId, test, failure));
  }

  @Override
  public void memberOverdue(
      GroupCancellation cancellation, String testId, String test, Duration grace, StackTraceElement[] stack) {
    overdue.add(new Overdue(cancellation, testId, test, grace, stack));
    Sync.countDown("overdue");
  }

  @Override
  public void groupSettled(GroupCancellation cancellation, long cancelLatencyNanos) {
    settled.add(new Settled(cancellation, cancelLatencyNanos, dev.failfast.junit.fixtures.Journal.events()));
    Sync.countDown("settled:" + key(cancellation));
  }

  public List<GroupCancellation> cancellations() {
    return new ArrayList<>(cancelled);
  }

  /** Cancellations of one group; {@code "run"} for scope=run. */
  public List<GroupCancellation> cancellations(String group) {
    return cancelled.stream().filter(c -> key(c).equals(group)).toList();
  }

  public List<AlsoFailed> alsoFailed() {
    return new ArrayList<>(alsoFailed);
  }

  public List<Overdue> overdue() {
    return new ArrayList<>(overdue);
  }

  public List<Settled> settled() {
    return new ArrayList<>(settled);
  }

  public List<Settled> settled(String group) {
    return settled.stream().filter(s -> key(s.cancellation()).equals(group)).toList();
  }
}
