package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.cell.Tool;

/**
 * The scale suite under one tool.
 *
 * @param heapUsedMb the fork's heap in use before a GC, at most (GC log)
 * @param heapLiveMb live after a GC, at most
 * @param heapCommittedMb committed, at most
 * @param reportTailMs from the end of the last class to the last TEST-*.xml or failfast-summary.json
 *     written
 */
public record ScaleRun(Tool tool, Measurement measurement, int heapUsedMb, int heapLiveMb, int heapCommittedMb,
    double reportTailMs, int reportFiles) {}
