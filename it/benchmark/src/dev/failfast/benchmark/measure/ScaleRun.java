package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.cell.Tool;

/**
 * The scale suite under one tool.
 *
 * @param heapUsedMb the fork's heap in use before a GC, at most (GC log)
 * @param heapLiveMb live after a GC, at most
 * @param heapCommittedMb committed, at most
 * @param reportSpreadMs last modification minus first among TEST-*.xml and failfast-summary.json
 */
public record ScaleRun(Tool tool, Measurement measurement, int heapUsedMb, int heapLiveMb, int heapCommittedMb,
    double reportSpreadMs, int reportFiles) {}
