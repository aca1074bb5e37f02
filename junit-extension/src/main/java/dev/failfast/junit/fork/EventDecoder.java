package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Reads the records {@link EventEncoder} writes and calls the matching {@link ForkEvents}: first
 * the test JVM's hello, refused with a {@link ForkProtocolMismatch} unless it names this
 * {@link ForkRecord#VERSION}, then each record checked against its {@link ForkRecord}.
 */
@API(status = INTERNAL, since = "0.1")
public final class EventDecoder {

  private final RecordReader in;
  private boolean greeted;
  private volatile boolean ended;
  private volatile boolean runFinished;
  private volatile String exitHolders;

  public EventDecoder(RecordReader in) {
    this.in = in;
  }

  /**
   * Reads one event's record (the system properties': all of theirs) and delivers it.
   *
   * @return {@code false} at a clean end of stream
   * @throws ForkProtocolMismatch when the test JVM speaks another version of the protocol
   * @throws IOException when the stream breaks or carries something this version cannot read
   */
  public boolean next(ForkEvents target) throws IOException {
    List<String> record = in.read();
    if (record == null) {
      return false;
    }
    if (!greeted) {
      ForkRecord.expectHello(record, ForkRecord.Sender.TEST_JVM);
      greeted = true;
      return true;
    }
    ForkRecord kind = ForkRecord.of(ForkRecord.Sender.TEST_JVM, record);
    Fields f = new Fields(record);
    f.text(); // the tag
    switch (kind) {
      case SYSTEM_PROPERTIES -> target.systemProperties(properties(f.count()));
      case PLANNED -> target.planned(new TestNode(f.text(), f.text(), f.constant(TestNode.Kind.class),
          f.text(), f.text(), f.text(), f.text(), f.text()));
      case PLAN_COMPLETE -> target.planComplete();
      case STARTED -> target.started(f.text(), f.number());
      case FINISHED -> target.finished(f.text(), f.result(), f.number());
      case OUTPUT -> target.output(f.text(), f.text(), f.text());
      case GROUP_CANCELLED -> target.groupCancelled(f.cancellation());
      case ALSO_FAILED -> target.alsoFailed(f.cancellation(), f.text(), f.text(), f.text());
      case MEMBER_OVERDUE ->
          target.memberOverdue(f.cancellation(), f.text(), f.text(), Duration.ofMillis(f.number()), f.text());
      case GROUP_SETTLED -> target.groupSettled(f.cancellation(), f.number());
      case EXITING -> {
        target.exiting(f.text());
        ended = true;
      }
      case ABORTED -> {
        target.aborted(f.text());
        ended = true;
      }
      case RUN_FINISHED -> {
        target.runFinished();
        runFinished = true;
        ended = true;
      }
      case EXIT_HELD -> exitHolders = f.text();
      case ATTEMPT_FAILED -> target.attemptFailed(f.text(), f.result(), f.number());
      case SYSTEM_PROPERTY -> throw new IOException("a fork record 'systemProperty' outside 'systemProperties'");
      default -> throw new IOException("a second hello from the test JVM");
    }
    f.end();
    return true;
  }

  /** The {@code count} {@code systemProperty} records after a {@code systemProperties} record, by name. */
  private Map<String, String> properties(int count) throws IOException {
    Map<String, String> byName = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      List<String> record = in.read();
      if (record == null || !ForkRecord.SYSTEM_PROPERTY.matches(record)) {
        throw new IOException("fork record 'systemProperties' announced " + count + " properties; record " + (i + 1)
            + " is " + (record == null ? "the end of the stream" : "'" + record.get(0) + "'"));
      }
      if (record.get(1) == null || record.get(2) == null) {
        throw new IOException("fork record 'systemProperty' " + (i + 1) + " of " + count + " has no name or no value");
      }
      byName.put(record.get(1), record.get(2));
    }
    return byName;
  }

  /**
   * Whether the test JVM has sent its last event: its run finished or was aborted, or it began to
   * exit before that. From then on it has nothing left to do but exit.
   */
  public boolean ended() {
    return ended;
  }

  /** Whether the test JVM's run finished: every test has its result, whatever its exit code will be. */
  public boolean runFinished() {
    return runFinished;
  }

  /** Nullable; what the test JVM said keeps it from exiting, when the build JVM asked ({@link ExitHolders}). */
  public String exitHolders() {
    return exitHolders;
  }

  /** A cursor over one record's fields that checks their count and format. */
  private static final class Fields {
    private final List<String> fields;
    private int next;

    Fields(List<String> fields) {
      this.fields = fields;
    }

    String text() throws IOException {
      if (next >= fields.size()) {
        throw new IOException("fork record '" + fields.get(0) + "' has too few fields");
      }
      return fields.get(next++);
    }

    long number() throws IOException {
      String text = text();
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new IOException("fork record '" + fields.get(0) + "' has a bad number: " + text, e);
      }
    }

    <E extends Enum<E>> E constant(Class<E> type) throws IOException {
      String text = text();
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IOException("fork record '" + fields.get(0) + "' has a bad " + type.getSimpleName() + ": " + text, e);
      }
    }

    TestResult result() throws IOException {
      return new TestResult(constant(Outcome.class), text(), text(), text());
    }

    Cancellation cancellation() throws IOException {
      return new Cancellation(text(), text(), text(), text(), text(), text(), count());
    }

    int count() throws IOException {
      long number = number();
      if (number < 0 || number > Integer.MAX_VALUE) {
        throw new IOException("fork record '" + fields.get(0) + "' has a bad count: " + number);
      }
      return (int) number;
    }

    void end() throws IOException {
      if (next != fields.size()) {
        throw new IOException("fork record '" + fields.get(0) + "' has too many fields");
      }
    }
  }
}
