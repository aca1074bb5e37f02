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
        + " committed (GC log, max) | fork peak RSS MB | report files written within | other work, cores |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (ScaleRun r : runs) {
      Measurement m = r.measurement();
      md.append(String.format("| %s | %s | %.2f | %d | %d / %d / %d | %d | %.0f ms (%d files) | %.2f |%n",
          r.tool().label(), m.buildFailed() ? "FAILURE" : "SUCCESS", m.wallMs() / 1e3, m.counts().tests(),
          r.heapUsedMb(), r.heapLiveMb(), r.heapCommittedMb(), m.rssKb() / 1024, r.reportSpreadMs(), r.reportFiles(),
          m.otherCores()));
    }
    md.append("\n\"report files written within\": last modification time minus first among TEST-*.xml and"
        + " failfast-summary.json. Surefire writes each class's file as the class finishes, so its figure is most of"
        + " the run; failfast writes them all once the test JVM has ended, so its figure is the time to write them.\n");
    return md.toString();
  }

  Optional<Target> target() {
    return runs.stream().filter(r -> r.tool().failfast()).findFirst().map(r -> {
      Measurement m = r.measurement();
      return new Target("10,000 tests in 200 groups: runs, reports completely, fork heap ≤ 256 MB, reports written in < 1 s",
          String.format("%s, %d testcases, -Xmx256m (live heap after GC ≤ %d MB), reports in %.0f ms",
              m.buildFailed() ? "FAILURE" : "SUCCESS", m.counts().tests(), r.heapLiveMb(), r.reportSpreadMs()),
          !m.buildFailed() && m.counts().tests() == 10_000 && r.heapCommittedMb() <= 256 && r.reportSpreadMs() < 1000);
    });
  }
}
