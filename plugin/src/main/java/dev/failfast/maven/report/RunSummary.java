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
 * @param crossForkCancel how a cancellation of the whole run reached the test JVMs the build JVM told
 *     of it
 */
public record RunSummary(
    Totals totals, List<GroupSummary> groups, Duration elapsed, String forkExit, CrossForkCancel crossForkCancel) {

  public RunSummary {
    Objects.requireNonNull(totals, "totals must not be null");
    groups = Preconditions.copyOf(groups, "groups");
    Preconditions.notNegative(elapsed, "elapsed");
    Objects.requireNonNull(crossForkCancel, "crossForkCancel must not be null");
  }

  /** A summary without a cancellation across test JVMs. */
  public RunSummary(Totals totals, List<GroupSummary> groups, Duration elapsed, String forkExit) {
    this(totals, groups, elapsed, forkExit, CrossForkCancel.NONE);
  }

  public RunSummary withCrossForkCancel(CrossForkCancel cancel) {
    return new RunSummary(totals, groups, elapsed, forkExit, cancel);
  }
}
