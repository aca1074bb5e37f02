package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's cancellations, one per group, the key {@code null} holding a {@code scope=run}
 * cancellation, and what became of each: the failures that raced it and its latency.
 */
final class Cancellations {

  private static final class Cancelled {
    final Cancellation cancellation;
    Long latencyNanos;
    final List<String> alsoFailed = new ArrayList<>();

    Cancelled(Cancellation cancellation) {
      this.cancellation = cancellation;
    }
  }

  private final Map<String, Cancelled> byGroup = new HashMap<>();

  void cancelled(Cancellation cancellation) {
    of(cancellation);
  }

  void alsoFailed(Cancellation cancellation, String test) {
    of(cancellation).alsoFailed.add(test);
  }

  void settled(Cancellation cancellation, long latencyNanos) {
    of(cancellation).latencyNanos = latencyNanos;
  }

  /** Nullable: the {@code scope=run} cancellation. */
  Cancellation run() {
    Cancelled run = byGroup.get(null);
    return run == null ? null : run.cancellation;
  }

  /** Nullable: what cancelled the group (or the whole run), as its report says. */
  String description(String group) {
    Cancelled cancelled = byGroup.getOrDefault(group, byGroup.get(null));
    return cancelled == null ? null : cancelled.cancellation.description();
  }

  /**
   * One summary per group, in the given order.
   *
   * @param runOrigin nullable; the group the {@code scope=run} cancellation came from
   */
  List<GroupSummary> summaries(List<String> groups, Map<String, List<TestCaseResult>> tests, String runOrigin) {
    Cancelled run = byGroup.get(null);
    List<GroupSummary> summaries = new ArrayList<>();
    for (String group : groups) {
      Totals totals = Totals.of(tests.getOrDefault(group, List.of()));
      Cancelled cancelled = byGroup.get(group);
      // A scope=run cancellation touched the groups it stopped a test of and the one it came from;
      // a group that had finished before it keeps its own outcome.
      if (cancelled == null && run != null && (totals.stopped() > 0 || group.equals(runOrigin))) {
        cancelled = run;
      }
      String outcome = cancelled != null ? GroupSummary.CANCELLED
          : totals.failed() > 0 ? GroupSummary.FAILED : GroupSummary.PASSED;
      Cancellation c = cancelled == null ? null : cancelled.cancellation;
      summaries.add(new GroupSummary(group, outcome, totals, c == null ? null : c.origin(),
          c == null ? null : c.detail(), cancelled == null ? null : cancelled.latencyNanos,
          cancelled == null ? List.of() : cancelled.alsoFailed));
    }
    return summaries;
  }

  private Cancelled of(Cancellation cancellation) {
    return byGroup.computeIfAbsent(cancellation.group(), group -> new Cancelled(cancellation));
  }
}
