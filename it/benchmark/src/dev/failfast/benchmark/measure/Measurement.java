package dev.failfast.benchmark.measure;

import java.nio.file.Path;

/**
 * What one Maven invocation measured.
 *
 * @param wallMs start of the {@code mvn} process to its exit
 * @param redMs start of the {@code mvn} process to its "BUILD FAILURE" (or "BUILD SUCCESS") line, read
 *     from its stdout as it is written
 * @param goalMs the part of redMs after the test goal started (Maven's start-up is the same for all tools)
 * @param rssKb the largest VmHWM of the forked test JVM(s), polled every 50 ms
 * @param maxConcurrent the most tests at once, as the generated tests counted them; -1 elsewhere
 * @param otherCores CPU that other work on the machine took during the run, in cores
 */
public record Measurement(long wallMs, long redMs, long goalMs, boolean buildFailed, long rssKb, Counts counts,
    int maxConcurrent, double otherCores, Path log) {}
