package dev.failfast.benchmark.render;

import dev.failfast.benchmark.generate.Projects;
import dev.failfast.benchmark.measure.LatencyResult;
import java.util.ArrayList;
import java.util.List;

/** The cancel-latency table, a row per blocking kind, and its target (README.md, Benchmark). */
final class LatencyTable {

  private static final String INTERRUPT_DEAF = "plainsocket";

  private final LatencyResult result;
  private final List<Long> specKindsSummary = new ArrayList<>();
  private final List<Long> specKindsOwn = new ArrayList<>();

  LatencyTable(LatencyResult result) {
    this.result = result;
    result.summaryNanos().forEach((kind, nanos) -> {
      if (kind.equals(INTERRUPT_DEAF)) return;
      specKindsSummary.addAll(nanos);
      specKindsOwn.addAll(result.ownNanos().getOrDefault(kind, List.of()));
    });
  }

  String table() {
    StringBuilder md = new StringBuilder("\n### Cancel latency (fatal throw to the last running member's return)\n\n");
    md.append(String.format("failfast:run, threads 8, %d runs of %d groups (%d per blocking kind, plus %d blocked in a"
        + " plain `java.net.Socket` read); each group: 3 members blocked, then a 4th throws. %d cancellations in"
        + " failfast-summary.json; %d groups had fewer than 3 members blocked at the throw, %d needed the 2 s fallback"
        + " throw (a blocked member ending its wait itself).%n%n", result.runs().size(),
        Projects.LATENCY_KINDS.size() * Projects.LATENCY_GROUPS_PER_KIND + Projects.PLAIN_SOCKET_GROUPS,
        Projects.LATENCY_GROUPS_PER_KIND, Projects.PLAIN_SOCKET_GROUPS, result.samples(), result.partial(),
        result.fallbacks()));
    md.append("| blocked in | n | median (summary) | p99 (summary) | max (summary) | median (tests' own clock)"
        + " | p99 (tests' own clock) |\n|---|---:|---:|---:|---:|---:|---:|\n");
    result.summaryNanos().forEach((kind, nanos) -> md.append(row(kind, nanos, result.ownNanos().getOrDefault(kind, List.of()))));
    md.append(row("**all SPEC kinds**", specKindsSummary, specKindsOwn));
    md.append("\nSPEC §7 target: median ≤ 1 ms, p99 ≤ 5 ms over sleep, wait, join, blocking queue and socket read.\n");
    return md.toString();
  }

  Target target() {
    double median = Stats.percentile(specKindsSummary, 50);
    double p99 = Stats.percentile(specKindsSummary, 99);
    return new Target("cancel latency: median ≤ 1 ms, p99 ≤ 5 ms", String.format("median %s, p99 %s over %d cancellations",
        Stats.ms(median), Stats.ms(p99), specKindsSummary.size()), median <= 1e6 && p99 <= 5e6);
  }

  private static String row(String kind, List<Long> summary, List<Long> own) {
    return String.format("| %s | %d | %s | %s | %s | %s | %s |%n", kind, summary.size(),
        Stats.ms(Stats.percentile(summary, 50)), Stats.ms(Stats.percentile(summary, 99)),
        Stats.ms(Stats.percentile(summary, 100)), Stats.ms(Stats.percentile(own, 50)), Stats.ms(Stats.percentile(own, 99)));
  }
}
