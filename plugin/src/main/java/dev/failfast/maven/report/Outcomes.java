package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.util.Optional;

/**
 * What each {@link Outcome} is to the build JVM's reports, decided once. This and every other place
 * that treats outcomes differently decides with an exhaustive {@code switch} and no {@code default},
 * so that a new outcome is a compile error wherever it needs a decision.
 */
public final class Outcomes {

  private Outcomes() {}

  /**
   * The name of an outcome's count in {@code failfast-summary.json} ({@code docs/reports.md}), in
   * the console's count lines and in the group table, in Surefire's words where Surefire counts
   * it; none for {@link Outcome#PASSED}, which they all show as the number of tests run instead.
   */
  public static Optional<String> countName(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> Optional.empty();
      case FAILED -> Optional.of("failures");
      case ERROR -> Optional.of("errors");
      case SKIPPED -> Optional.of("skipped");
      case STOPPED -> Optional.of("stopped");
    };
  }

  /**
   * Whether a test with this outcome failed: it fails its group and the build (unless failures are
   * ignored), and the console prints its trace. A stopped test did not fail (docs/rules.md G6).
   */
  public static boolean isFailure(Outcome outcome) {
    return switch (outcome) {
      case FAILED, ERROR -> true;
      case PASSED, SKIPPED, STOPPED -> false;
    };
  }
}
