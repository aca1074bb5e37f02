package dev.failfast.maven.report;

/** The one outcome a test ends with (SPEC G10). */
public enum Outcome {
  PASSED,
  /** Ended with an {@link AssertionError}: reported as {@code <failure>}. */
  FAILED,
  /** Ended with any other throwable: reported as {@code <error>}. */
  ERROR,
  /** Disabled or aborted by an assumption: reported as {@code <skipped>}. */
  SKIPPED,
  /** Stopped by its group's cancellation: reported as {@code <skipped message="stopped: …">}. */
  STOPPED
}
