package dev.failfast.maven.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One group's line in {@code failfast-summary.json}.
 *
 * @param name the group's name
 * @param outcome {@value #PASSED}, {@value #FAILED} or {@value #CANCELLED}
 * @param totals the group's test counts
 * @param cancelledBy nullable; the test whose failure or call cancelled the group
 * @param cause nullable; what cancelled it, for example {@code IllegalStateException: gateway down}
 * @param cancelLatencyNanos nullable; from the cancelling throw to the last running member's
 *     return; not negative
 * @param alsoFailed tests whose fatal failures raced the cancelling one (docs/rules.md G4.4); may
 *     be empty
 */
public record GroupSummary(
    String name,
    String outcome,
    Totals totals,
    String cancelledBy,
    String cause,
    Long cancelLatencyNanos,
    List<String> alsoFailed) {

  public static final String PASSED = "passed";
  public static final String FAILED = "failed";
  public static final String CANCELLED = "cancelled";

  private static final Set<String> OUTCOMES = Set.of(PASSED, FAILED, CANCELLED);

  public GroupSummary {
    Preconditions.notBlank(name, "name");
    Objects.requireNonNull(outcome, "outcome must not be null");
    if (!OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException(
          "outcome must be one of passed, failed, cancelled: " + outcome);
    }
    Objects.requireNonNull(totals, "totals must not be null");
    if (cancelLatencyNanos != null && cancelLatencyNanos < 0) {
      throw new IllegalArgumentException(
          "cancelLatencyNanos must not be negative: " + cancelLatencyNanos);
    }
    alsoFailed = Preconditions.copyOf(alsoFailed, "alsoFailed");
  }
}
