package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.util.Collection;

/**
 * Test counts by outcome. Each test counts in {@code tests} and in at most one of the others;
 * {@code skipped} does not include {@code stopped} (the Surefire report adds them up, because its
 * format has no stopped count).
 */
public record Totals(int tests, int failures, int errors, int skipped, int stopped) {

  public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

  public Totals {
    Preconditions.notNegative(tests, "tests");
    Preconditions.notNegative(failures, "failures");
    Preconditions.notNegative(errors, "errors");
    Preconditions.notNegative(skipped, "skipped");
    Preconditions.notNegative(stopped, "stopped");
    long notPassed = (long) failures + errors + skipped + stopped;
    if (notPassed > tests) {
      throw new IllegalArgumentException(
          "failures + errors + skipped + stopped (" + notPassed + ") exceed tests (" + tests + ")");
    }
  }

  /** Counts the given results by outcome. */
  public static Totals of(Collection<TestCaseResult> results) {
    int[] byOutcome = new int[Outcome.values().length];
    results.forEach(result -> byOutcome[result.outcome().ordinal()]++);
    return new Totals(
        results.size(),
        byOutcome[Outcome.FAILED.ordinal()],
        byOutcome[Outcome.ERROR.ordinal()],
        byOutcome[Outcome.SKIPPED.ordinal()],
        byOutcome[Outcome.STOPPED.ordinal()]);
  }

  public Totals plus(Totals other) {
    return new Totals(
        Math.addExact(tests, other.tests),
        Math.addExact(failures, other.failures),
        Math.addExact(errors, other.errors),
        Math.addExact(skipped, other.skipped),
        Math.addExact(stopped, other.stopped));
  }

  /** Tests that passed: neither failed, errored, skipped nor stopped. */
  public int passed() {
    return tests - failures - errors - skipped - stopped;
  }
}
