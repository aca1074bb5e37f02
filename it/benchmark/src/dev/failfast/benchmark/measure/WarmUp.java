package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.generate.Project;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Online once per project, so every plugin, provider and launcher is in the local repository and the
 * test classes are compiled; the timed runs are offline ({@code -o}). One test each keeps it short.
 */
public final class WarmUp {

  private WarmUp() {}

  public static void run(Maven maven, List<Project> projects) throws IOException, InterruptedException {
    System.out.println("warm-up: compiling the generated projects and resolving plugins ...");
    for (Project project : projects) {
      Measurement m = maven.run(project.dir(), List.of(project.failfast() ? "failfast:run" : "test",
          "-Dtest=" + project.warmUpTest()), Map.of("BENCH_FAIL_AT_MS", "-1"),
          "warm-up-" + project.dir().getFileName(), false);
      if (m.counts().tests() == 0 || (m.buildFailed() && !project.failsOnPurpose())) {
        throw new IllegalStateException("warm-up failed in " + project.dir() + ", see " + m.log());
      }
    }
  }
}
