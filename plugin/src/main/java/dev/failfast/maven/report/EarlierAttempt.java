package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.util.Objects;

/**
 * A failed attempt of a test that was run again (docs/rules.md "Reruns"): a {@code <flakyFailure>}
 * or {@code <flakyError>} when the test passed later, else a {@code <rerunFailure>} or
 * {@code <rerunError>}.
 *
 * @param outcome {@link Outcome#FAILED} (an {@link AssertionError}) or {@link Outcome#ERROR}
 * @param message nullable; the throwable's message
 * @param throwableType nullable; the throwable's fully qualified class name
 * @param stackTrace nullable; the full stack trace text
 */
public record EarlierAttempt(Outcome outcome, String message, String throwableType, String stackTrace) {

  public EarlierAttempt {
    Objects.requireNonNull(outcome, "outcome must not be null");
    if (outcome != Outcome.FAILED && outcome != Outcome.ERROR) {
      throw new IllegalArgumentException("an earlier attempt failed or errored, not " + outcome);
    }
  }
}
