package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.cell.RealScenario;
import dev.failfast.benchmark.cell.Tool;

/**
 * One measured repetition of the real-suite cell.
 *
 * @param probeReported whether FailFastProbeTest has a report (it ran, or was stopped and reported)
 */
public record RealRun(RealScenario scenario, Tool tool, int rep, Measurement measurement, boolean probeReported) {}
