package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.classify.PomGroups;
import dev.failfast.junit.fork.fixtures.AnnotatedCancelsFixture;
import dev.failfast.junit.fork.fixtures.PlainFixture;
import dev.failfast.junit.fork.fixtures.PomStoppedFixture;
import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.junit.stop.WholeStop;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which executions the fork runs, and what each adds to the project's own Jupiter configuration. */
class ExecutionPlanTest {

  private static final ClassLoader LOADER = ExecutionPlanTest.class.getClassLoader();

  private static ForkSettings settings(Map<String, String> parameters, Class<?>... classes) {
    return new ForkSettings(
        List.of(classes).stream().map(Class::getName).toList(), List.of(), List.of(), List.of(), parameters, 6);
  }

  @Test
  void aProjectWithoutGroupsRunsOneExecutionWithItsOwnConfiguration() {
    List<Execution> executions =
        Execution.plan(settings(Map.of(), PlainFixture.class), key -> Optional.empty(), LOADER);

    assertThat(executions).singleElement().satisfies(execution -> {
      assertThat(execution.grouped()).isFalse();
      // failfast's own: the shared run, and its listener's report of containers stopped whole
      assertThat(execution.parameters()).containsOnlyKeys(GroupRegistry.SHARED_RUN, WholeStop.PARAMETER);
    });
  }

  @Test
  void annotatedAndPomAssignedClassesRunConcurrentlyBesideTheOthers() {
    Map<String, String> pom = Map.of(PomGroups.memberKey(PomStoppedFixture.class.getName()), "shared");
    List<Execution> executions = Execution.plan(
        settings(pom, PlainFixture.class, AnnotatedCancelsFixture.class, PomStoppedFixture.class),
        key -> Optional.ofNullable(pom.get(key)), LOADER);

    assertThat(executions).hasSize(2);
    assertThat(executions.get(0).classes()).containsExactly(PlainFixture.class.getName());
    assertThat(executions.get(0).parameters()).doesNotContainKey("junit.jupiter.execution.parallel.enabled");
    assertThat(executions.get(1).classes())
        .containsExactly(AnnotatedCancelsFixture.class.getName(), PomStoppedFixture.class.getName());
    assertThat(executions.get(1).parameters())
        .containsEntry("junit.jupiter.execution.parallel.enabled", "true")
        .containsEntry("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .containsEntry("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .containsEntry("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .containsEntry("junit.jupiter.execution.parallel.config.fixed.parallelism", "6")
        .containsEntry("junit.jupiter.execution.parallel.config.executor-service", "fork_join_pool")
        .containsEntry(GroupRegistry.SHARED_RUN, executions.get(0).parameters().get(GroupRegistry.SHARED_RUN));
  }

  @Test
  void theGroupsKeepTheProjectsOwnStrategyAndExecutor() {
    Map<String, String> configured = Map.of(
        "junit.jupiter.execution.parallel.enabled", "false",
        "junit.jupiter.execution.parallel.config.strategy", "dynamic",
        "junit.jupiter.execution.parallel.config.executor-service", "worker_thread_pool");

    Map<String, String> parameters =
        Execution.concurrent(settings(Map.of()), key -> Optional.ofNullable(configured.get(key)), Map.of());

    assertThat(parameters).containsEntry("junit.jupiter.execution.parallel.enabled", "true")
        .doesNotContainKeys("junit.jupiter.execution.parallel.config.strategy",
            "junit.jupiter.execution.parallel.config.fixed.parallelism",
            "junit.jupiter.execution.parallel.config.executor-service");
  }
}
