package dev.failfast.benchmark.render;

import dev.failfast.benchmark.cell.Suite;
import dev.failfast.benchmark.measure.Measurement;
import dev.failfast.benchmark.measure.Results;
import dev.failfast.benchmark.measure.TimeToRed;
import java.util.ArrayList;
import java.util.List;

/** results.md: the header, the performance targets (README.md, Benchmark), then a table per part that ran. */
public final class Report {

  private Report() {}

  /** @param minutes how long the benchmark took */
  public static String markdown(String header, Results results, double minutes, String loadAtEnd) {
    List<Target> targets = new ArrayList<>();
    StringBuilder tables = new StringBuilder();
    for (Suite suite : Suite.values()) {
      TimeTables t = new TimeTables(suite, results.runs());
      if (t.isEmpty()) continue;
      tables.append(t.table());
      targets.addAll(t.targets());
    }
    if (!results.crossForkReached().isEmpty()) {
      List<Long> reached = results.crossForkReached();
      List<Long> settled = results.crossForkSettled();
      double p99 = Stats.percentile(reached, 99);
      // Settling waits for the other test JVM's running tests, which in the CPU suite ignore their interrupt.
      targets.add(new Target("forkCount=2: a scope=run cancel reaches the other test JVM ≤ 50 ms (p99)",
          String.format("median %s, p99 %s over %d cancellations (settled there: median %s, p99 %s)",
              Stats.ms(Stats.percentile(reached, 50)), Stats.ms(p99), reached.size(),
              settled.isEmpty() ? "–" : Stats.ms(Stats.percentile(settled, 50)),
              settled.isEmpty() ? "–" : Stats.ms(Stats.percentile(settled, 99))), p99 <= 50e6));
    }
    if (results.latency() != null) {
      LatencyTable t = new LatencyTable(results.latency());
      tables.append(t.table());
      targets.add(t.target());
    }
    if (!results.scale().isEmpty()) {
      ScaleTable t = new ScaleTable(results.scale());
      tables.append(t.table());
      t.target().ifPresent(targets::add);
    }
    if (results.stop() != null) {
      StopTable t = new StopTable(results.stop());
      tables.append(t.table());
      targets.add(t.target());
    }
    if (results.real() != null) {
      RealSuiteTable t = new RealSuiteTable(results.real());
      tables.append(t.table());
      targets.addAll(t.targets());
    }
    StringBuilder md = new StringBuilder(header);
    md.append("\n### SPEC §7 targets\n\n| target | this run | |\n|---|---|---|\n");
    targets.forEach(t -> md.append(t.row()));
    md.append(tables);
    List<Double> other = results.measurements().stream().map(Measurement::otherCores).sorted().toList();
    md.append(String.format("%nBenchmark took %.1f min; 1-minute load average at the end: %s. CPU taken by other work on"
        + " the machine during the measured runs (all CPU time minus the benchmark's own process tree, per run): median"
        + " %.2f, max %.2f cores; %d time-to-red runs were taken again because other work took more than %.2f cores"
        + " during them.%n", minutes, loadAtEnd, other.isEmpty() ? 0 : other.get(other.size() / 2),
        other.isEmpty() ? 0 : other.get(other.size() - 1), results.retried(), TimeToRed.NOISY));
    return md.toString();
  }
}
