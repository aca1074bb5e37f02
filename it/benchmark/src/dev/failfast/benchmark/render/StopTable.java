package dev.failfast.benchmark.render;

import dev.failfast.benchmark.generate.Projects;
import dev.failfast.benchmark.measure.Counts;
import dev.failfast.benchmark.measure.Measurement;
import dev.failfast.benchmark.measure.StopRun;

/** The stop cell's table and its target (SPEC §7: a cancellation of unstarted tests ends ≤ 1 s after the cancel). */
final class StopTable {

  private final StopRun run;

  StopTable(StopRun run) {
    this.run = run;
  }

  String table() {
    Measurement m = run.measurement();
    Counts c = m.counts();
    return String.format("%n### Stop: a scope=run cancellation of %,d unstarted tests%n%n"
        + "A class that fails at once, then classes of %d trivial tests and a parameterized test of %d invocations"
        + " each, in class name order, under failfast:run -Dfailfast.scope=run.%n%n"
        + "| result | wall s | testcases in XML | stopped | cancel to last report | other work, cores |%n"
        + "|---|---:|---:|---:|---:|---:|%n"
        + "| %s | %.2f | %d | %d | %.0f ms | %.2f |%n%n"
        + "\"cancel to last report\": the last modification among TEST-*.xml and failfast-summary.json minus the"
        + " end of the failing class (its suite's timestamp plus time).%n",
        run.unstarted(), Projects.STOP_TESTS_PER_CLASS, Projects.STOP_INVOCATIONS,
        m.buildFailed() ? "FAILURE" : "SUCCESS", m.wallMs() / 1e3, c.tests(), c.stopped(), run.cancelToLastReportMs(),
        m.otherCores());
  }

  Target target() {
    Counts c = run.measurement().counts();
    return new Target(String.format("stopping is O(classes): %,d unstarted tests stopped ≤ 1 s from the cancel to"
        + " the last report", run.unstarted()),
        String.format("%.0f ms, %d testcases, %d stopped", run.cancelToLastReportMs(), c.tests(), c.stopped()),
        run.cancelToLastReportMs() <= 1000 && c.stopped() >= run.unstarted());
  }
}
