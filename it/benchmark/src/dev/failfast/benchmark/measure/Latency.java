package dev.failfast.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs the latency project: many small groups, each cancelled once while three members are blocked. */
public final class Latency {

  private Latency() {}

  public static LatencyResult measure(Maven maven, Path project, int repetitions)
      throws IOException, InterruptedException {
    List<Measurement> runs = new ArrayList<>();
    Map<String, List<Long>> summary = new TreeMap<>();
    Map<String, List<Long>> own = new TreeMap<>();
    int samples = 0;
    int partial = 0;
    int fallbacks = 0;
    for (int rep = 0; rep < repetitions; rep++) {
      Path out = project.resolve("target/bench-latency.txt");
      Files.deleteIfExists(out);
      Measurement m = maven.run(project, List.of("failfast:run"), Map.of("BENCH_LATENCY_OUT", out.toString()),
          "latency-" + rep, true);
      runs.add(m);
      Map<String, Long> fromSummary = Reports.cancelLatencies(project);
      System.out.printf("latency rep %d: wall %.2f s, %d cancelled groups in failfast-summary.json%n",
          rep, m.wallMs() / 1e3, fromSummary.size());
      fromSummary.forEach((group, nanos) -> summary.computeIfAbsent(kindOf(group), k -> new ArrayList<>()).add(nanos));
      samples += fromSummary.size();
      if (!Files.exists(out)) continue;
      for (String line : Files.readAllLines(out)) { // group kind throwNanos lastReturnNanos blockedAtThrow fallback
        String[] f = line.split(" ");
        own.computeIfAbsent(f[1], k -> new ArrayList<>()).add(Math.max(0, Long.parseLong(f[3]) - Long.parseLong(f[2])));
        if (Integer.parseInt(f[4]) < 3) partial++;
        if (Boolean.parseBoolean(f[5])) fallbacks++;
      }
    }
    return new LatencyResult(runs, summary, own, samples, partial, fallbacks);
  }

  /** "lat-sleep-003" → "sleep". */
  private static String kindOf(String group) {
    String[] parts = group.split("-");
    return parts.length >= 2 ? parts[1] : group;
  }
}
