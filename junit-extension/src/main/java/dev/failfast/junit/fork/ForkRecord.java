package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The fork protocol's one schema: every record either JVM sends, with its tag, its sender and its
 * fields in wire order. {@link EventEncoder}, {@link EventDecoder}, {@link ForkSettings} and
 * {@link ExitHolders} make and check records only through it, so a field added here is seen by
 * both sides, and each side refuses a peer of another {@link #VERSION}. Any change to a record
 * bumps the version (docs/fork-protocol.md says how the protocol evolves).
 */
@API(status = INTERNAL, since = "0.1")
public enum ForkRecord {

  /** Each side's first record, so that each can refuse a peer of another version at once. */
  HELLO("hello", Sender.EITHER, "version"),

  // The build JVM's settings: hello, threads, then class, method, includeTags, excludeTags and
  // parameter records in any number, then end.
  THREADS("threads", Sender.BUILD_JVM, "threads"),
  CLASS("class", Sender.BUILD_JVM, "className"),
  METHOD("method", Sender.BUILD_JVM, "className", "includeOrExclude", "methodRegex"),
  INCLUDE_TAGS("includeTags", Sender.BUILD_JVM, "expression"),
  EXCLUDE_TAGS("excludeTags", Sender.BUILD_JVM, "expression"),
  PARAMETER("parameter", Sender.BUILD_JVM, "key", "value"),
  END("end", Sender.BUILD_JVM),
  /** The build JVM's one question after the settings ({@link ExitHolders}). */
  WHO_HOLDS_EXIT("whoHoldsExit", Sender.BUILD_JVM),

  // The test JVM's events, one record per ForkEvents call (the system properties: a count, then a
  // record each), then exitHeld when asked.
  /** How many {@link #SYSTEM_PROPERTY} records follow at once: the properties travel as one event. */
  SYSTEM_PROPERTIES("systemProperties", Sender.TEST_JVM, "count"),
  SYSTEM_PROPERTY("systemProperty", Sender.TEST_JVM, "name", "value"),
  PLANNED("planned", Sender.TEST_JVM,
      "id", "parentId", "kind", "className", "methodName", "name", "displayName", "group"),
  PLAN_COMPLETE("planComplete", Sender.TEST_JVM),
  STARTED("started", Sender.TEST_JVM, "id", "nanoTime"),
  FINISHED("finished", Sender.TEST_JVM, "id", "outcome", "message", "throwableType", "stackTrace", "nanoTime"),
  OUTPUT("output", Sender.TEST_JVM, "id", "stream", "text"),
  GROUP_CANCELLED("groupCancelled", Sender.TEST_JVM, cancellationAnd()),
  ALSO_FAILED("alsoFailed", Sender.TEST_JVM, cancellationAnd("testId", "test", "failure")),
  MEMBER_OVERDUE("memberOverdue", Sender.TEST_JVM, cancellationAnd("testId", "test", "graceMillis", "stack")),
  GROUP_SETTLED("groupSettled", Sender.TEST_JVM, cancellationAnd("cancelLatencyNanos")),
  EXITING("exiting", Sender.TEST_JVM, "how"),
  ABORTED("aborted", Sender.TEST_JVM, "problem"),
  RUN_FINISHED("runFinished", Sender.TEST_JVM),
  EXIT_HELD("exitHeld", Sender.TEST_JVM, "holders"),
  /** An attempt of a test that failed and is run again: the test's one result comes later, in {@code finished}. */
  ATTEMPT_FAILED("attemptFailed", Sender.TEST_JVM,
      "id", "outcome", "message", "throwableType", "stackTrace", "nanoTime"),
  /**
   * The build JVM cancels the test JVM's whole run ({@link RunCancelOrder}): another test JVM's
   * {@code scope=run} cancellation, or the failure budget. Sent any time after the settings.
   */
  CANCEL_RUN("cancelRun", Sender.BUILD_JVM, "reason", "originId", "origin", "detail");

  /** The protocol's version: bumped whenever a record is added, removed or changed. */
  public static final String VERSION = "failfast-fork-6";

  /** Which JVM sends a record. */
  public enum Sender {
    BUILD_JVM("the build JVM (failfast-maven-plugin)"),
    TEST_JVM("the test JVM (failfast-junit-extension)"),
    EITHER("either JVM");

    private final String description;

    Sender(String description) {
      this.description = description;
    }

    /** Who this is, for messages. */
    public String description() {
      return description;
    }
  }

  private final String tag;
  private final Sender sender;
  private final List<String> fields;

  ForkRecord(String tag, Sender sender, String... fields) {
    this.tag = tag;
    this.sender = sender;
    this.fields = List.of(fields);
  }

  /** The first field of a record, which names its kind. */
  public String tag() {
    return tag;
  }

  public Sender sender() {
    return sender;
  }

  /** The names of the fields after the tag, in wire order. */
  public List<String> fields() {
    return fields;
  }

  /**
   * A record of this kind: the tag, then {@code values}, one per field.
   *
   * @throws IllegalArgumentException when the values do not match the fields: a writer out of step
   *     with this schema
   */
  public String[] record(String... values) {
    if (values.length != fields.size()) {
      throw new IllegalArgumentException(
          "a '" + tag + "' record of " + values.length + " values; " + VERSION + " has " + fields.size() + ": " + fields);
    }
    String[] record = new String[1 + values.length];
    record[0] = tag;
    System.arraycopy(values, 0, record, 1, values.length);
    return record;
  }

  /** Whether {@code record} is one of this kind, with this kind's number of fields. */
  public boolean matches(List<String> record) {
    return record.size() == 1 + fields.size() && tag.equals(record.get(0));
  }

  /**
   * The kind of a record that {@code from} sent, checked against this schema.
   *
   * @throws IOException naming the problem when this version has no such record or the record's
   *     fields are not the kind's
   */
  static ForkRecord of(Sender from, List<String> record) throws IOException {
    if (record.isEmpty() || record.get(0) == null) {
      throw new IOException("a fork record without a tag from " + from.description());
    }
    for (ForkRecord kind : values()) {
      if (kind.tag.equals(record.get(0)) && (kind.sender == from || kind.sender == Sender.EITHER)) {
        if (record.size() != 1 + kind.fields.size()) {
          throw new IOException("fork record '" + kind.tag + "' has " + (record.size() - 1) + " fields; "
              + VERSION + " has " + kind.fields.size() + ": " + kind.fields);
        }
        return kind;
      }
    }
    throw new IOException("unknown fork record '" + record.get(0) + "' from " + from.description() + " in " + VERSION);
  }

  /**
   * Checks a peer's first record, its {@link #HELLO}.
   *
   * @param first nullable; the record, {@code null} when the stream ended before it
   * @throws ForkProtocolMismatch when the peer speaks another version, or no known one
   */
  static void expectHello(List<String> first, Sender peer) throws ForkProtocolMismatch {
    String theirs = first != null && HELLO.matches(first) ? first.get(1) : null;
    if (!VERSION.equals(theirs)) {
      throw new ForkProtocolMismatch(peer, theirs);
    }
  }

  /** The fields every group record starts with: a {@link Cancellation}'s, then {@code own}. */
  private static String[] cancellationAnd(String... own) {
    List<String> fields = new ArrayList<>(List.of(
        "group", "reason", "originId", "origin", "detail", "description", "interruptedMembers"));
    fields.addAll(Arrays.asList(own));
    return fields.toArray(String[]::new);
  }
}
