package dev.failfast.junit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.TestStoppedException;

/** Assertions on what a user sees for one test, each failing with the whole launch's outcome. */
public final class Outcomes {

  private Outcomes() {}

  /** {@code group 'g' cancelled by fatal failure in <FQN>.<method>(): <Throwable>: <message>} */
  public static String fatal(String group, Class<?> origin, String method, String failure) {
    return "group '" + group + "' cancelled by fatal failure in " + origin(origin, method) + ": " + failure;
  }

  /** {@code group 'g' cancelled by <FQN>.<method>(): <reason>} */
  public static String onPurpose(String group, Class<?> origin, String method, String reason) {
    return "group '" + group + "' cancelled by " + origin(origin, method) + ": " + reason;
  }

  /** {@code run cancelled by fatal failure in <FQN>.<method>(): <Throwable>: <message>} */
  public static String runFatal(Class<?> origin, String method, String failure) {
    return "run cancelled by fatal failure in " + origin(origin, method) + ": " + failure;
  }

  /** {@code <FQN>.<method>()}; a method with parameters is given with them, e.g. {@code fails(GroupSignal)}. */
  private static String origin(Class<?> origin, String method) {
    return origin.getName() + "." + (method.contains("(") ? method : method + "()");
  }

  public static void assertPassed(TestResult t) {
    assertThat(t.status()).as("%s should have passed\n%s", t, t.run()).isEqualTo(Status.PASSED);
  }

  public static void assertFailed(TestResult t, Class<? extends Throwable> type, String message) {
    assertThat(t.status()).as("%s should have failed\n%s", t, t.run()).isEqualTo(Status.FAILED);
    assertThat(t.throwable()).as("%s\n%s", t, t.run()).isInstanceOf(type).hasMessage(message);
  }

  /** Aborted by an assumption, not stopped by failfast. */
  public static void assertAbortedByAssumption(TestResult t) {
    assertThat(t.status()).as("%s should be aborted (assumption)\n%s", t, t.run()).isEqualTo(Status.ABORTED);
    assertThat(t.throwable()).isNotInstanceOf(TestStoppedException.class);
  }

  /** Stopped before it started: the message is exactly {@code stopped: <description>}. */
  public static void assertStoppedBeforeStart(TestResult t, String description) {
    assertThat(t.status()).as("%s should be stopped\n%s", t, t.run()).isEqualTo(Status.STOPPED);
    assertThat(t.message()).as("%s\n%s", t, t.run()).isEqualTo("stopped: " + description);
  }

  /** Stopped before it started, with one of the given descriptions (exact message). */
  public static void assertStoppedBeforeStart(TestResult t, String description, String alternative) {
    assertThat(t.status()).as("%s should be stopped\n%s", t, t.run()).isEqualTo(Status.STOPPED);
    assertThat(t.message()).as("%s\n%s", t, t.run()).isIn("stopped: " + description, "stopped: " + alternative);
  }

  /** Stopped, with a message starting {@code stopped: <description>}. */
  public static void assertStopped(TestResult t, String description) {
    assertThat(t.status()).as("%s should be stopped\n%s", t, t.run()).isEqualTo(Status.STOPPED);
    assertThat(t.message()).as("%s\n%s", t, t.run()).startsWith("stopped: " + description);
  }

  /**
   * Was running when its group was cancelled and then ended with {@code endedWith}: stopped,
   * {@code stopped: <description>; was running, ended with <SimpleName>: <msg>}, the original
   * throwable as cause.
   */
  public static void assertStoppedWhileRunning(
      TestResult t, String description, Class<? extends Throwable> endedWith) {
    assertThat(t.status()).as("%s should be stopped\n%s", t, t.run()).isEqualTo(Status.STOPPED);
    Throwable cause = t.throwable().getCause();
    assertThat(cause).as("cause of %s\n%s", t, t.run()).isInstanceOf(endedWith);
    String expected =
        "stopped: " + description + "; was running, ended with " + endedWith.getSimpleName();
    if (cause.getMessage() != null) {
      assertThat(t.message()).as("%s\n%s", t, t.run()).isEqualTo(expected + ": " + cause.getMessage());
    } else {
      assertThat(t.message()).as("%s\n%s", t, t.run()).startsWith(expected);
    }
  }

  public static void assertEveryTestReportedOnce(RunResult run) {
    assertThat(run.oneOutcomeViolations()).as("docs/rules.md G10 violations\n%s", run).isEmpty();
  }
}
