package dev.failfast.maven.report;

import dev.failfast.junit.partition.Part;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The whole run, as {@code failfast-summary.json} records it.
 *
 * @param totals the counts over every test of the run
 * @param groups one entry per group, in the order to report them
 * @param elapsed the run's wall time; not negative
 * @param forkExit nullable; how the test JVM ended abnormally (an exit code, a signal, a timeout),
 *     {@code null} when it ended normally
 * @param shard nullable; the CI shard the run was, {@code null} for a whole run
 * @param classTimes how long each top-level test class ran, by name: the timings of the next split
 * @param crossForkCancel how a cancellation of the whole run reached the test JVMs the build JVM told
 *     of it
 */
public record RunSummary(
    Totals totals, List<GroupSummary> groups, Duration elapsed, String forkExit, Part shard,
    Map<String, Duration> classTimes, CrossForkCancel crossForkCancel) {

  public RunSummary {
    Objects.requireNonNull(totals, "totals must not be null");
    groups = Preconditions.copyOf(groups, "groups");
    Preconditions.notNegative(elapsed, "elapsed");
    Objects.requireNonNull(classTimes, "classTimes must not be null");
    classTimes.values().forEach(time -> Preconditions.notNegative(time, "a class's time"));
    classTimes = Collections.unmodifiableMap(new TreeMap<>(classTimes));
    Objects.requireNonNull(crossForkCancel, "crossForkCancel must not be null");
  }

  /** A whole run's summary whose classes' times are not known, with no cancellation across test JVMs. */
  public RunSummary(Totals totals, List<GroupSummary> groups, Duration elapsed, String forkExit) {
    this(totals, groups, elapsed, forkExit, null, Map.of());
  }

  /** A summary with no cancellation across test JVMs, such as one read back or merged from shards. */
  public RunSummary(Totals totals, List<GroupSummary> groups, Duration elapsed, String forkExit, Part shard,
      Map<String, Duration> classTimes) {
    this(totals, groups, elapsed, forkExit, shard, classTimes, CrossForkCancel.NONE);
  }

  /** This summary for the given shard ({@code null}: the whole run), with the times of its classes. */
  public RunSummary of(Part shard, List<ClassResult> classes) {
    Map<String, Duration> times = new TreeMap<>();
    classes.forEach(result -> times.put(result.className(), result.time()));
    return new RunSummary(totals, groups, elapsed, forkExit, shard, times, crossForkCancel);
  }

  public RunSummary withCrossForkCancel(CrossForkCancel cancel) {
    return new RunSummary(totals, groups, elapsed, forkExit, shard, classTimes, cancel);
  }
}
