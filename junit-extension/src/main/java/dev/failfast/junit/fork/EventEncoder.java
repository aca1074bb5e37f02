package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes {@link ForkEvents} as the {@link ForkRecord} of each event: its tag, then its fields as
 * the schema orders them (numbers in decimal, enums by name). The system properties are one
 * {@code systemProperties} record and a {@code systemProperty} record each, written together.
 * Listener callbacks cannot throw, so a failed write (the build JVM is gone) is handed to
 * {@code onBroken} once and later events are dropped.
 */
@API(status = INTERNAL, since = "0.1")
public final class EventEncoder implements ForkEvents {

  private final RecordWriter out;
  private final Runnable onBroken;
  private volatile boolean broken;

  /** Writes the protocol's greeting first, so the reader can tell a wrong peer at once. */
  public EventEncoder(RecordWriter out, Runnable onBroken) {
    this.out = out;
    this.onBroken = onBroken;
    write(ForkRecord.HELLO.record(ForkRecord.VERSION));
  }

  /**
   * A {@code systemProperties} record with their count, then one {@code systemProperty} record
   * each. Not {@link java.util.Properties#store}: its date comment costs a cold JVM its time zone
   * data, some 25 ms before the first test.
   */
  @Override
  public void systemProperties(Map<String, String> properties) {
    List<String[]> records = new ArrayList<>();
    records.add(ForkRecord.SYSTEM_PROPERTIES.record(Integer.toString(properties.size())));
    properties.forEach((name, value) -> records.add(ForkRecord.SYSTEM_PROPERTY.record(name, value)));
    write(records); // one event: no record of another thread comes between them
  }

  @Override
  public void planned(TestNode node) {
    write(ForkRecord.PLANNED.record(node.id(), node.parentId(), node.kind().name(), node.className(),
        node.methodName(), node.name(), node.displayName(), node.group()));
  }

  @Override
  public void planComplete() {
    write(ForkRecord.PLAN_COMPLETE.record());
  }

  @Override
  public void started(String id, long nanoTime) {
    write(ForkRecord.STARTED.record(id, Long.toString(nanoTime)));
  }

  @Override
  public void finished(String id, TestResult result, long nanoTime) {
    write(ForkRecord.FINISHED, id, result, nanoTime);
  }

  @Override
  public void attemptFailed(String id, TestResult result, long nanoTime) {
    write(ForkRecord.ATTEMPT_FAILED, id, result, nanoTime);
  }

  @Override
  public void output(String id, String stream, String text) {
    write(ForkRecord.OUTPUT.record(id, stream, text));
  }

  @Override
  public void groupCancelled(Cancellation cancellation) {
    write(ForkRecord.GROUP_CANCELLED, cancellation);
  }

  @Override
  public void alsoFailed(Cancellation cancellation, String testId, String test, String failure) {
    write(ForkRecord.ALSO_FAILED, cancellation, testId, test, failure);
  }

  @Override
  public void memberOverdue(Cancellation cancellation, String testId, String test, Duration grace, String stack) {
    // In milliseconds on the wire, the unit the grace's reports print (Durations.format).
    write(ForkRecord.MEMBER_OVERDUE, cancellation, testId, test, Long.toString(grace.toMillis()), stack);
  }

  @Override
  public void groupSettled(Cancellation cancellation, long cancelLatencyNanos) {
    write(ForkRecord.GROUP_SETTLED, cancellation, Long.toString(cancelLatencyNanos));
  }

  @Override
  public void exiting(String how) {
    write(ForkRecord.EXITING.record(how));
  }

  @Override
  public void aborted(String problem) {
    write(ForkRecord.ABORTED.record(problem));
  }

  @Override
  public void runFinished() {
    write(ForkRecord.RUN_FINISHED.record());
  }

  /**
   * Not a {@link ForkEvents} event but the answer to the build JVM's question of what keeps this
   * JVM from exiting ({@link ExitHolders}), for the build JVM's warning before it ends this JVM.
   */
  public void exitHeld(String holders) {
    write(ForkRecord.EXIT_HELD.record(holders));
  }

  /** Result records: the node, how it ended, when. */
  private void write(ForkRecord kind, String id, TestResult result, long nanoTime) {
    write(kind.record(id, result.outcome().name(), result.message(), result.throwableType(), result.stackTrace(),
        Long.toString(nanoTime)));
  }

  /** Group records: the cancellation's fields, then the event's own. */
  private void write(ForkRecord kind, Cancellation c, String... own) {
    String[] values = new String[7 + own.length];
    values[0] = c.group();
    values[1] = c.reason();
    values[2] = c.originId();
    values[3] = c.origin();
    values[4] = c.detail();
    values[5] = c.description();
    values[6] = Integer.toString(c.interruptedMembers());
    System.arraycopy(own, 0, values, 7, own.length);
    write(kind.record(values));
  }

  private void write(String[] record) {
    write(List.<String[]>of(record));
  }

  private void write(List<String[]> records) {
    if (broken) {
      return;
    }
    try {
      out.writeAll(records);
    } catch (IOException | RuntimeException e) {
      broken = true;
      onBroken.run();
    }
  }
}
