package dev.failfast.benchmark.render;

import dev.failfast.benchmark.measure.Counts;
import dev.failfast.benchmark.measure.Measurement;
import dev.failfast.benchmark.measure.Results;

/** results.csv: every measured Maven invocation, a line each. */
public final class Csv {

  private static final String COLUMNS = "suite,scenario,tool,rep,wall_ms,red_ms,goal_ms,build_failed,tests,ran,skipped,"
      + "stopped,failures,errors,rss_kb,max_concurrent,other_cores\n";

  private Csv() {}

  public static String of(Results results) {
    StringBuilder csv = new StringBuilder(COLUMNS);
    results.runs().forEach(r -> line(csv, r.cell().suite().id(), r.cell().scenario().name(), r.cell().tool().name(),
        r.rep(), r.measurement()));
    if (results.latency() != null) {
      for (int rep = 0; rep < results.latency().runs().size(); rep++) {
        line(csv, "latency", "cancel", "c", rep, results.latency().runs().get(rep));
      }
    }
    results.scale().forEach(s -> line(csv, "scale", "pass", s.tool().name(), 0, s.measurement()));
    if (results.stop() != null) line(csv, "stop", "cancel", "cr", 0, results.stop().measurement());
    if (results.real() != null) {
      results.real().runs().forEach(r -> line(csv, "real", r.scenario().id(), r.tool().name(), r.rep(), r.measurement()));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, String suite, String scenario, String tool, int rep, Measurement m) {
    Counts c = m.counts();
    csv.append(String.join(",", suite, scenario, tool, String.valueOf(rep), String.valueOf(m.wallMs()),
        String.valueOf(m.redMs()), String.valueOf(m.goalMs()), String.valueOf(m.buildFailed()), String.valueOf(c.tests()),
        String.valueOf(c.ran()), String.valueOf(c.skipped()), String.valueOf(c.stopped()), String.valueOf(c.failures()),
        String.valueOf(c.errors()), String.valueOf(m.rssKb()), String.valueOf(m.maxConcurrent()),
        String.format("%.3f", m.otherCores()))).append('\n');
  }
}
