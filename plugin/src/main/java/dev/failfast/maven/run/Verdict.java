package dev.failfast.maven.run;

import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.report.Outcomes;
import dev.failfast.maven.report.Totals;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a run fails the build: a test that failed or errored (unless failures are ignored), a
 * test JVM that died or timed out (docs/reports.md A test JVM that ends early), an explicit
 * {@code -Dtest} that matched nothing, or a stopped test under {@code failOnStopped}. Stopped
 * tests alone never fail it otherwise (docs/rules.md G6).
 */
public record Verdict(boolean testFailureIgnore, boolean failOnStopped) {

  /**
   * @param ending how the test JVM ended
   * @param explicitFilter nullable; the {@code -Dtest} given
   * @return the build failure's message, or {@code null} when the build passes
   */
  public String failure(Totals totals, RunEnding ending, String explicitFilter, String reportsDirectory) {
    List<String> reasons = new ArrayList<>();
    if (ending.failure() != null) {
      reasons.add(ending.failure());
    }
    if (!testFailureIgnore && totals.failed() > 0) {
      reasons.add("There are test failures: " + failedCounts(totals) + ". See " + reportsDirectory
          + " for the individual test results");
    }
    if (failOnStopped && totals.stopped() > 0) {
      reasons.add(totals.stopped() + " tests were stopped and failOnStopped is set");
    }
    if (explicitFilter != null && totals.tests() == 0) {
      reasons.add(noTestMatched(explicitFilter));
    }
    return reasons.isEmpty() ? null : String.join(System.lineSeparator(), reasons);
  }

  /** {@code 1 failed, 0 in error}: the count of each outcome that is a failure ({@link Outcomes#isFailure}). */
  private static String failedCounts(Totals totals) {
    List<String> counts = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      String words = switch (outcome) {
        case FAILED -> "failed";
        case ERROR -> "in error";
        case PASSED, SKIPPED, STOPPED -> null; // not failures; failOnStopped judges stopped tests
      };
      if (words != null) {
        counts.add(totals.count(outcome) + " " + words);
      }
    }
    return String.join(", ", counts);
  }

  public static String noTestMatched(String explicitFilter) {
    return "No test matched -Dtest=" + explicitFilter + "; check the class and method names, or use wildcards"
        + " such as *IT or OrderIT#charge*";
  }
}
