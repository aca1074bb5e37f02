package dev.failfast.benchmark.generate;

import java.nio.file.Path;

/**
 * A generated Maven project.
 *
 * @param failfast whether it runs under failfast:run (its classes carry {@code @FailFastGroup})
 * @param warmUpTest the {@code -Dtest} of its warm-up run
 * @param failsOnPurpose its warm-up build fails by design (the latency groups)
 */
public record Project(Path dir, boolean failfast, String warmUpTest, boolean failsOnPurpose) {}
