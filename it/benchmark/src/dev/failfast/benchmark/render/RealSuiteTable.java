package dev.failfast.benchmark.render;

import dev.failfast.benchmark.cell.RealScenario;
import dev.failfast.benchmark.cell.Tool;
import dev.failfast.benchmark.measure.Counts;
import dev.failfast.benchmark.measure.Measurement;
import dev.failfast.benchmark.measure.RealRun;
import dev.failfast.benchmark.measure.RealSuiteResult;
import java.util.ArrayList;
import java.util.List;

/** The real-suite table (Surefire against failfast on an existing project) and its targets (README.md, Benchmark). */
final class RealSuiteTable {

  private final RealSuiteResult result;

  RealSuiteTable(RealSuiteResult result) {
    this.result = result;
  }

  String table() {
    StringBuilder md = new StringBuilder(String.format("%n### Real suite: %s%n%n", result.source()));
    md.append(String.format("Every build: `mvn -B -o%s …`, interleaved. \"as it is\": `test` against"
        + " `failfast:run` with no failfast configuration. \"one early fatal failure\": a copy with"
        + " `src/test/java/FailFastProbeTest.java` (root package), a test that throws IllegalStateException at"
        + " once.%n%n", result.args().isEmpty() ? "" : " " + String.join(" ", result.args())));
    md.append("| case | tool | n | wall s, median [min–max] | time to red s, median [min–max] | vs Surefire"
        + " | tests ran / skipped of total | failed+errors | probe in the reports | other work, cores (max) |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (RealScenario scenario : RealScenario.values()) {
      for (Tool tool : scenario.tools()) md.append(row(scenario, tool));
    }
    Counts surefire = counts(RealScenario.PASS, Tool.a);
    Counts failfast = counts(RealScenario.PASS, Tool.c);
    md.append(String.format("%nTests counted from the reports, as it is: Surefire %s, failfast %s: %s.%n",
        describe(surefire), describe(failfast), surefire.equals(failfast) ? "equal" : "**they differ**"));
    return md.toString();
  }

  /**
   * README.md, Benchmark: same counts and outcomes, wall ≤ 1.0 × Surefire; with the probe, time to
   * red ≤ 0.1 × Surefire's.
   */
  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    List<Measurement> a = runs(RealScenario.PASS, Tool.a);
    List<Measurement> c = runs(RealScenario.PASS, Tool.c);
    List<Measurement> b = runs(RealScenario.PROBE, Tool.b);
    List<Measurement> cr = runs(RealScenario.PROBE, Tool.cr);
    double wall = Stats.median(c, Measurement::wallMs) / Stats.median(a, Measurement::wallMs);
    boolean same = counts(RealScenario.PASS, Tool.a).equals(counts(RealScenario.PASS, Tool.c));
    targets.add(new Target("real suite (" + result.source().getFileName() + "): same counts, wall ≤ 1.0 × Surefire",
        String.format("%.2f, counts %s", wall, same ? "equal" : "differ"), wall <= 1.0 && same));
    double red = Stats.median(cr, Measurement::redMs) / Stats.median(b, Measurement::redMs);
    targets.add(new Target("real suite, one early fatal failure: time to red ≤ 0.1 × Surefire + skipAfterFailureCount=1",
        String.format("scope=run %.2f", red), red <= 0.1));
    return targets;
  }

  private String row(RealScenario scenario, Tool tool) {
    List<Measurement> runs = runs(scenario, tool);
    Tool reference = scenario == RealScenario.PASS ? Tool.a : Tool.b;
    String vs = "1";
    if (tool != reference) {
      // as it is, the wall time counts; with the probe, the time to red
      List<Measurement> ref = runs(scenario, reference);
      vs = scenario == RealScenario.PASS
          ? String.format("wall %.2f", Stats.median(runs, Measurement::wallMs) / Stats.median(ref, Measurement::wallMs))
          : String.format("red %.2f", Stats.median(runs, Measurement::redMs) / Stats.median(ref, Measurement::redMs));
    }
    List<Counts> counts = runs.stream().map(Measurement::counts).toList();
    long probe = result.runs().stream().filter(r -> r.scenario() == scenario && r.tool() == tool)
        .filter(RealRun::probeReported).count();
    return String.format("| %s | %s | %d | %s | %s | %s | %s / %s of %s | %s | %s | %.2f |%n", scenario.label(),
        RealScenario.toolLabel(tool), runs.size(), Stats.spread(runs, Measurement::wallMs),
        Stats.spread(runs, Measurement::redMs), vs, Stats.distinct(counts.stream().map(Counts::ran).toList()),
        Stats.distinct(counts.stream().map(Counts::skipped).toList()),
        Stats.distinct(counts.stream().map(Counts::tests).toList()),
        Stats.distinct(counts.stream().map(x -> x.failures() + x.errors()).toList()),
        scenario == RealScenario.PROBE ? probe + " of " + runs.size() : "–",
        runs.stream().mapToDouble(Measurement::otherCores).max().orElse(0));
  }

  private List<Measurement> runs(RealScenario scenario, Tool tool) {
    return result.runs().stream().filter(r -> r.scenario() == scenario && r.tool() == tool)
        .map(RealRun::measurement).toList();
  }

  /** The median run's counts. */
  private Counts counts(RealScenario scenario, Tool tool) {
    List<Measurement> runs = runs(scenario, tool);
    return runs.get(runs.size() / 2).counts();
  }

  private static String describe(Counts c) {
    return String.format("%d tests (%d failures, %d errors, %d skipped)", c.tests(), c.failures(), c.errors(), c.skipped());
  }
}
