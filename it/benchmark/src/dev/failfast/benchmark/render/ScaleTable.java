package dev.failfast.benchmark.render;

import dev.failfast.benchmark.measure.Measurement;
import dev.failfast.benchmark.measure.ScaleRun;
import java.util.List;
import java.util.Optional;

/** The scale table, a row per tool, and its target (README.md, Benchmark; decided by failfast's row). */
final class ScaleTable {

  private final List<ScaleRun> runs;

  ScaleTable(List<ScaleRun> runs) {
    this.runs = runs;
  }

  String table() {
    StringBuilder md = new StringBuilder("\n### Scale: 10,000 tests in 200 groups (200 classes × 50 trivial tests),"
        + " threads 8, argLine -Xmx256m\n\n");
    md.append("| tool | result | wall s | testcases in XML | fork heap MB: used before a GC / live after a GC /"
        + " committed (GC log, max) | fork peak RSS MB | reports written after the last class | other work, cores |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (ScaleRun r : runs) {
      Measurement m = r.measurement();
      md.append(String.format("| %s | %s | %.2f | %d | %d / %d / %d | %d | %.0f ms (%d files) | %.2f |%n",
          r.tool().label(), m.buildFailed() ? "FAILURE" : "SUCCESS", m.wallMs() / 1e3, m.counts().tests(),
          r.heapUsedMb(), r.heapLiveMb(), r.heapCommittedMb(), m.rssKb() / 1024, r.reportTailMs(), r.reportFiles(),
          m.otherCores()));
    }
    md.append("\n\"reports written after the last class\": the last modification among TEST-*.xml and"
        + " failfast-summary.json minus the end of the last class (its suite's timestamp plus time), what writing"
        + " reports adds after the tests. Both tools write each class's file as the class finishes; Surefire's"
        + " timestamps have whole seconds, so its figure is only as good as that.\n");
    return md.toString();
  }

  Optional<Target> target() {
    return runs.stream().filter(r -> r.tool().failfast()).findFirst().map(r -> {
      Measurement m = r.measurement();
      return new Target("10,000 tests in 200 groups: runs, reports completely, fork heap ≤ 256 MB,"
          + " reports written < 1 s after the last class",
          String.format("%s, %d testcases, -Xmx256m (live heap after GC ≤ %d MB), reports done %.0f ms after the"
              + " last class",
              m.buildFailed() ? "FAILURE" : "SUCCESS", m.counts().tests(), r.heapLiveMb(), r.reportTailMs()),
          !m.buildFailed() && m.counts().tests() == 10_000 && r.heapCommittedMb() <= 256 && r.reportTailMs() < 1000);
    });
  }
}
