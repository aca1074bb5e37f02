package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the fork configures for Jupiter when the project leaves it unset, and what it leaves alone. */
class ForkDefaultsTest {

  private static final ForkSettings SIX_THREADS = new ForkSettings(List.of(), List.of(), List.of(), List.of(), Map.of(), 6);

  @Test
  void anUnconfiguredProjectRunsInParallelOnTheForkJoinPoolWithTheGivenThreads() {
    Map<String, String> parameters = ForkMain.withDefaults(SIX_THREADS, key -> Optional.empty());

    assertThat(parameters)
        .containsEntry("junit.jupiter.execution.parallel.enabled", "true")
        .containsEntry("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .containsEntry("junit.jupiter.execution.parallel.config.fixed.parallelism", "6")
        .containsEntry("junit.jupiter.execution.parallel.config.executor-service", "fork_join_pool");
  }

  @Test
  void theProjectsOwnSettingsWin() {
    Map<String, String> configured = Map.of(
        "junit.jupiter.execution.parallel.enabled", "false",
        "junit.jupiter.execution.parallel.config.strategy", "dynamic",
        "junit.jupiter.execution.parallel.config.executor-service", "worker_thread_pool");

    Map<String, String> parameters = ForkMain.withDefaults(SIX_THREADS, key -> Optional.ofNullable(configured.get(key)));

    assertThat(parameters).doesNotContainKeys(configured.keySet().toArray(String[]::new))
        .doesNotContainKey("junit.jupiter.execution.parallel.config.fixed.parallelism");
  }
}
