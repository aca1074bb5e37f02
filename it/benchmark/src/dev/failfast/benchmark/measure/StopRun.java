package dev.failfast.benchmark.measure;

/**
 * The stop cell: a {@code scope=run} cancellation of a generated suite's unstarted tail.
 *
 * @param unstarted the planned tests that never start (beside the parameterized tests' invocations)
 * @param cancelToLastReportMs from the end of the failing class to the last report or summary written
 */
public record StopRun(int unstarted, Measurement measurement, double cancelToLastReportMs) {}
