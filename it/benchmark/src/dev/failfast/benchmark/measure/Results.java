package dev.failfast.benchmark.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one benchmark run measured; the parts not run are empty or null.
 *
 * @param retried time-to-red runs taken again because other work took more than {@link TimeToRed#NOISY} cores
 * @param latency null when not run
 * @param real null when not run
 * @param stop null when not run
 * @param crossForkReached how long a scope=run cancellation of a forkCount=2 run took to reach the other test JVM
 * @param crossForkSettled ... and to settle there
 */
public record Results(List<Run> runs, int retried, LatencyResult latency, List<ScaleRun> scale, RealSuiteResult real,
    StopRun stop, List<Long> crossForkReached, List<Long> crossForkSettled) {

  public Results {
    runs = List.copyOf(runs);
    scale = List.copyOf(scale);
    crossForkReached = List.copyOf(crossForkReached);
    crossForkSettled = List.copyOf(crossForkSettled);
  }

  /** Every Maven invocation that was measured, for the CPU-noise summary. */
  public List<Measurement> measurements() {
    List<Measurement> all = new ArrayList<>(runs.stream().map(Run::measurement).toList());
    if (latency != null) all.addAll(latency.runs());
    scale.forEach(s -> all.add(s.measurement()));
    if (real != null) real.runs().forEach(r -> all.add(r.measurement()));
    if (stop != null) all.add(stop.measurement());
    return all;
  }
}
