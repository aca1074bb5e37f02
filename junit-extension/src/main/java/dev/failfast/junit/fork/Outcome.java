package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The one outcome a test ends with (docs/rules.md G10), decided in the test JVM and shared with the
 * build JVM's reports. The fork protocol writes it by name: renaming or adding a constant bumps
 * {@link ForkRecord#VERSION}.
 */
@API(status = INTERNAL, since = "0.1")
public enum Outcome {
  PASSED,
  /** Ended with an {@link AssertionError}. */
  FAILED,
  /** Ended with any other throwable, or was running when its test JVM died. */
  ERROR,
  /** Disabled, or aborted by an assumption. */
  SKIPPED,
  /** Stopped by a cancellation, or never started because its test JVM ended first. */
  STOPPED
}
