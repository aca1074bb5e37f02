package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * Writes {@link ForkEvents} as records: a tag, then the event's fields in declaration order
 * (numbers in decimal, enums by name). Listener callbacks cannot throw, so a failed write (the
 * build JVM is gone) is handed to {@code onBroken} once and later events are dropped.
 */
@API(status = INTERNAL, since = "0.1")
public final class EventEncoder implements ForkEvents {

  /** Bumped whenever a record changes; the decoder refuses any other version. */
  static final String PROTOCOL = "failfast-fork-3";

  static final String HELLO = "hello";
  static final String SYSTEM_PROPERTIES = "systemProperties";
  static final String PLANNED = "planned";
  static final String PLAN_COMPLETE = "planComplete";
  static final String STARTED = "started";
  static final String FINISHED = "finished";
  static final String OUTPUT = "output";
  static final String GROUP_CANCELLED = "groupCancelled";
  static final String ALSO_FAILED = "alsoFailed";
  static final String MEMBER_OVERDUE = "memberOverdue";
  static final String GROUP_SETTLED = "groupSettled";
  static final String EXITING = "exiting";
  static final String ABORTED = "aborted";
  static final String RUN_FINISHED = "runFinished";
  static final String EXIT_HELD = "exitHeld";

  private final RecordWriter out;
  private final Runnable onBroken;
  private volatile boolean broken;

  /** Writes the protocol's greeting first, so the reader can tell a wrong peer at once. */
  public EventEncoder(RecordWriter out, Runnable onBroken) {
    this.out = out;
    this.onBroken = onBroken;
    write(HELLO, PROTOCOL);
  }

  /**
   * The tag, then the properties in one field, in {@link Properties#store(java.io.OutputStream,
   * String)} form: ASCII, with every other character (a lone surrogate too) a {@code \}{@code
   * uXXXX} escape, so any text survives it.
   */
  @Override
  public void systemProperties(Map<String, String> properties) {
    Properties all = new Properties();
    all.putAll(properties);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      all.store(text, null);
    } catch (IOException e) {
      throw new UncheckedIOException("a ByteArrayOutputStream does not fail", e);
    }
    write(SYSTEM_PROPERTIES, text.toString(StandardCharsets.ISO_8859_1));
  }

  @Override
  public void planned(TestNode node) {
    write(PLANNED, node.id(), node.parentId(), node.kind().name(), node.className(), node.methodName(), node.name(),
        node.displayName(), node.group());
  }

  @Override
  public void planComplete() {
    write(PLAN_COMPLETE);
  }

  @Override
  public void started(String id, long nanoTime) {
    write(STARTED, id, Long.toString(nanoTime));
  }

  @Override
  public void finished(String id, TestResult result, long nanoTime) {
    write(FINISHED, id, result.outcome().name(), result.message(), result.throwableType(), result.stackTrace(),
        Long.toString(nanoTime));
  }

  @Override
  public void output(String id, String stream, String text) {
    write(OUTPUT, id, stream, text);
  }

  @Override
  public void groupCancelled(Cancellation cancellation) {
    write(cancellation, GROUP_CANCELLED);
  }

  @Override
  public void alsoFailed(Cancellation cancellation, String testId, String test, String failure) {
    write(cancellation, ALSO_FAILED, testId, test, failure);
  }

  @Override
  public void memberOverdue(Cancellation cancellation, String testId, String test, Duration grace, String stack) {
    // In milliseconds on the wire, the unit the grace's reports print (Durations.format).
    write(cancellation, MEMBER_OVERDUE, testId, test, Long.toString(grace.toMillis()), stack);
  }

  @Override
  public void groupSettled(Cancellation cancellation, long cancelLatencyNanos) {
    write(cancellation, GROUP_SETTLED, Long.toString(cancelLatencyNanos));
  }

  @Override
  public void exiting(String how) {
    write(EXITING, how);
  }

  @Override
  public void aborted(String problem) {
    write(ABORTED, problem);
  }

  @Override
  public void runFinished() {
    write(RUN_FINISHED);
  }

  /**
   * Not a {@link ForkEvents} event but the answer to the build JVM's question of what keeps this
   * JVM from exiting ({@link ExitHolders}), for the build JVM's warning before it ends this JVM.
   */
  public void exitHeld(String holders) {
    write(EXIT_HELD, holders);
  }

  /** Group records: the tag, the cancellation's seven fields, then the event's own. */
  private void write(Cancellation c, String tag, String... fields) {
    String[] record = new String[8 + fields.length];
    record[0] = tag;
    record[1] = c.group();
    record[2] = c.reason();
    record[3] = c.originId();
    record[4] = c.origin();
    record[5] = c.detail();
    record[6] = c.description();
    record[7] = Integer.toString(c.interruptedMembers());
    System.arraycopy(fields, 0, record, 8, fields.length);
    write(record);
  }

  private void write(String... record) {
    if (broken) {
      return;
    }
    try {
      out.write(record);
    } catch (IOException | RuntimeException e) {
      broken = true;
      onBroken.run();
    }
  }
}
