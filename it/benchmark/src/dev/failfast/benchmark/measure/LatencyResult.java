package dev.failfast.benchmark.measure;

import java.util.List;
import java.util.Map;

/**
 * The cancel-latency runs: per blocking kind, the latencies failfast-summary.json gave and those the
 * tests took with their own clock (System.nanoTime before the fatal throw and in each blocked member's finally).
 *
 * @param partial groups with fewer than 3 members blocked at the throw
 * @param fallbacks groups whose blocked member ended its wait itself and threw (no cancellation reached it)
 */
public record LatencyResult(List<Measurement> runs, Map<String, List<Long>> summaryNanos,
    Map<String, List<Long>> ownNanos, int samples, int partial, int fallbacks) {}
