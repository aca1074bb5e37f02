package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.TestStoppedException;
import dev.failfast.junit.group.FailureText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a node ended, decided in the test JVM where the throwable's type is known.
 *
 * @param outcome the one outcome
 * @param message nullable; a skip reason, the full {@code stopped: …} text, or the throwable's
 *     message
 * @param throwableType nullable; the throwable's class name
 * @param stackTrace nullable; the throwable's full stack trace
 */
@API(status = INTERNAL, since = "0.1")
public record TestResult(Outcome outcome, String message, String throwableType, String stackTrace) {

  public static final TestResult PASSED = new TestResult(Outcome.PASSED, null, null, null);

  public TestResult {
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * A node JUnit skipped without running it (disabled). Whatever its reason says, it is skipped:
   * a stop is decided only by how a node ended, a {@link TestStoppedException}.
   */
  public static TestResult skipped(String reason) {
    return new TestResult(Outcome.SKIPPED, reason, null, null);
  }

  /** A node stopped by a cancellation, with the full {@code stopped: …} text. */
  public static TestResult stopped(String message) {
    return new TestResult(Outcome.STOPPED, message, null, null);
  }

  /**
   * A node that ended with a throwable: {@link TestStoppedException} is a stop, any other abort a
   * skip (an assumption), an {@link AssertionError} a failure, anything else an error.
   */
  public static TestResult of(Throwable throwable, boolean aborted) {
    Outcome outcome;
    if (throwable instanceof TestStoppedException) {
      outcome = Outcome.STOPPED;
    } else if (aborted) {
      outcome = Outcome.SKIPPED;
    } else if (throwable instanceof AssertionError) {
      outcome = Outcome.FAILED;
    } else {
      outcome = Outcome.ERROR;
    }
    return new TestResult(
        outcome, FailureText.message(throwable), throwable.getClass().getName(), FailureText.stackTrace(throwable));
  }
}
