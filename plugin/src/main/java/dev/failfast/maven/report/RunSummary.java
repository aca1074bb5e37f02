package dev.failfast.maven.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The whole run, as {@code failfast-summary.json} records it.
 *
 * @param totals the counts over every test of the run
 * @param groups one entry per group, in the order to report them
 * @param elapsed the run's wall time; not negative
 * @param forkExit nullable; how the test JVM ended abnormally (an exit code, a signal, a timeout),
 *     {@code null} when it ended normally
 * @param crossForkCancelNanos for a cancellation of the whole run over several test JVMs (or by the
 *     failure budget), how long each test JVM told of it took to settle, from the build JVM's receipt;
 *     empty when there was none
 */
public record RunSummary(
    Totals totals, List<GroupSummary> groups, Duration elapsed, String forkExit, List<Long> crossForkCancelNanos) {

  public RunSummary {
    Objects.requireNonNull(totals, "totals must not be null");
    groups = Preconditions.copyOf(groups, "groups");
    Preconditions.notNegative(elapsed, "elapsed");
    crossForkCancelNanos = Preconditions.copyOf(crossForkCancelNanos, "crossForkCancelNanos");
  }

  /** A summary without a cancellation across test JVMs. */
  public RunSummary(Totals totals, List<GroupSummary> groups, Duration elapsed, String forkExit) {
    this(totals, groups, elapsed, forkExit, List.of());
  }

  public RunSummary withCrossForkCancelNanos(List<Long> latencies) {
    return new RunSummary(totals, groups, elapsed, forkExit, latencies);
  }
}
