package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.TestStoppedException;
import dev.failfast.junit.config.Durations;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Every form of a stopped test's message (docs/reports.md Stopped messages), and the
 * {@link TestStoppedException} each stopped test ends with, built here only: {@code stopped: },
 * then what was cancelled and by what, then how the test was stopped. What a user controls in it
 * (the cause's name and detail, a failure's message) is cut at {@link #LIMIT} characters with a
 * visible marker, so a cancellation is never copied whole into each of the tests it stops; the
 * failing test keeps its full message in its own result.
 */
@API(status = INTERNAL, since = "0.1")
public final class StopMessage {

  /** The prefix of every stopped test's message. */
  public static final String PREFIX = "stopped: ";
  /** The most characters of one user-controlled part a stop message copies. */
  public static final int LIMIT = 500;

  private static final StackTraceElement[] NO_STACK = new StackTraceElement[0];

  private StopMessage() {}

  /**
   * The exception for a test that never started because of {@code cancellation} (docs/rules.md G4.1). It has no
   * stack: one would only show failfast's gate, for each of possibly thousands of tests.
   */
  static TestStoppedException notStartedException(GroupCancellation cancellation) {
    TestStoppedException stopped = new TestStoppedException(notStarted(cancellation.describe()));
    stopped.setStackTrace(NO_STACK);
    return stopped;
  }

  /**
   * The exception for a member that was running when it was cancelled. When its grace ran out
   * before it returned (docs/rules.md G7), the cause carries the stack its thread had then and what it ended
   * with is suppressed; else (docs/rules.md G4.2) what it ended with is the cause.
   *
   * @param ended the throwable it ended with; {@code null} when it stopped at a checkpoint
   */
  static TestStoppedException stoppedException(
      GroupCancellation cancellation, Duration grace, Member member, Throwable ended) {
    StackTraceElement[] overdueStack = member.overdueStack;
    if (overdueStack == null) {
      String endedWith = ended == null ? null : FailureText.summary(ended);
      return new TestStoppedException(wasRunning(cancellation.describe(), endedWith), ended);
    }
    Throwable trace = new Throwable("stack of " + member.thread.getName() + " when its grace ran out");
    trace.setStackTrace(overdueStack);
    TestStoppedException stopped = new TestStoppedException(overdue(cancellation.describe(), grace), trace);
    if (ended != null) {
      stopped.addSuppressed(ended);
    }
    return stopped;
  }

  /** {@code group 'payments'} or {@code run}: how stopped tests name what was cancelled. */
  public static String scopeLabel(String scope) {
    return scope == null ? "run" : "group '" + bounded(scope) + "'";
  }

  /**
   * What stopped tests say about the cause, e.g. {@code group 'payments' cancelled by fatal
   * failure in com.acme.PaymentsIT.charge(): IllegalStateException: gateway down}.
   *
   * @param scope the cancelled group, {@code null} for the run
   * @param origin what cancelled it
   * @param detail for a fatal failure its summary, for a cancel on purpose the reason given, for a
   *     failure budget the budget
   */
  static String describe(String scope, CancelReason reason, String origin, String detail) {
    return switch (reason) {
      case FATAL_FAILURE -> scopeLabel(scope) + " cancelled by fatal failure in " + bounded(origin) + ": " + bounded(detail);
      case ON_PURPOSE -> scopeLabel(scope) + " cancelled by " + bounded(origin) + ": " + bounded(detail);
      // e.g. run cancelled: failure budget of 2 reached (skipAfterFailureCount) by com.acme.X.y()
      case FAILURE_BUDGET -> scopeLabel(scope) + " cancelled: " + bounded(detail) + " by " + bounded(origin);
    };
  }

  /** A test that never started because of the cancellation {@code description}. */
  public static String notStarted(String description) {
    return PREFIX + description;
  }

  /**
   * A test that was running when it was cancelled and then returned.
   *
   * @param endedWith nullable; how it ended, e.g. {@code InterruptedException: sleep interrupted}
   */
  public static String wasRunning(String description, String endedWith) {
    return PREFIX + description + "; was running" + (endedWith == null ? "" : ", ended with " + bounded(endedWith));
  }

  /** A test that had not returned {@code grace} after the cancellation. */
  public static String overdue(String description, Duration grace) {
    return PREFIX + description + "; did not stop within " + Durations.format(grace);
  }

  /** A test that never started because the test JVM ended first, e.g. {@code the test JVM was killed}. */
  public static String beforeItStarted(String how) {
    return PREFIX + "before this test started, " + bounded(how);
  }

  /** A test the test JVM never reported, though its run finished. */
  public static String unreported(String why) {
    return PREFIX + why;
  }

  /** The text, or its first {@link #LIMIT} characters and a marker saying how many were cut. */
  public static String bounded(String text) {
    return TextLimit.cut(text, LIMIT);
  }
}
