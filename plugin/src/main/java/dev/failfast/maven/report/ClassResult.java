package dev.failfast.maven.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One test class's results: one {@code TEST-<className>.xml}.
 *
 * @param className the class's fully qualified name, the suite's {@code name}
 * @param group nullable; the class's failfast group, {@code null} when ungrouped
 * @param timestamp when the class started
 * @param time how long the class ran; not negative
 * @param tests the class's test cases, in the order they are reported
 * @param cancelledBy nullable; when the group was cancelled, the description of what cancelled it,
 *     for example {@code group 'payments' cancelled by fatal failure in
 *     com.acme.PaymentsIT.charge(): IllegalStateException: gateway down}
 * @param properties extra {@code <property>} entries, in order (the fork's system properties, for
 *     example); may be empty
 */
public record ClassResult(
    String className,
    String group,
    Instant timestamp,
    Duration time,
    List<TestCaseResult> tests,
    String cancelledBy,
    Map<String, String> properties) {

  public ClassResult {
    Preconditions.notBlank(className, "className");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
    Preconditions.notNegative(time, "time");
    tests = Preconditions.copyOf(tests, "tests");
    properties = Preconditions.copyOf(properties, "properties");
  }

  /** The counts of {@link #tests()} by outcome. */
  public Totals totals() {
    return Totals.of(tests);
  }
}
