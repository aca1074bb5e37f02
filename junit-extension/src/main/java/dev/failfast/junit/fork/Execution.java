package dev.failfast.junit.fork;

import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.junit.rerun.Reruns;
import dev.failfast.junit.stop.WholeStop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One launcher execution of the fork's run. The ungrouped classes run in one, with the project's
 * own Jupiter configuration, so by default sequentially on the fork's main thread as under Surefire
 * (docs/rules.md G11); the classes of groups, annotated or assigned by the pom, run in another,
 * with parallel execution on, beside the first (docs/rules.md G9). Both share one run of groups, so
 * a group, and {@code scope=run}, reach across them.
 *
 * @param grouped whether its classes are the groups' (run concurrently) or the ungrouped ones
 * @param classes the classes it selects
 * @param parameters the configuration parameters it adds to the project's own
 */
record Execution(boolean grouped, List<String> classes, Map<String, String> parameters) {

  static final String PARALLEL_ENABLED = "junit.jupiter.execution.parallel.enabled";
  static final String PARALLEL_STRATEGY = "junit.jupiter.execution.parallel.config.strategy";
  // JUnit 6.1 offers a second executor and asks at discovery which one to use. Sequential groups
  // wait for their turn through ForkJoinPool.managedBlock, which keeps the fork-join pool live.
  static final String EXECUTOR_SERVICE = "junit.jupiter.execution.parallel.config.executor-service";
  static final String PARALLELISM = "junit.jupiter.execution.parallel.config.fixed.parallelism";
  static final String MODE_DEFAULT = "junit.jupiter.execution.parallel.mode.default";
  static final String MODE_CLASSES_DEFAULT = "junit.jupiter.execution.parallel.mode.classes.default";

  Execution {
    classes = List.copyOf(classes);
    parameters = Map.copyOf(parameters);
  }

  /** Runs planned in this JVM, for their shared-run names. */
  private static final AtomicLong RUNS = new AtomicLong();

  /**
   * The run's executions: the ungrouped classes' first, then the groups'; either is left out when
   * it has no class, so a project without groups runs exactly one execution, as under Surefire.
   *
   * @param configured a configuration parameter as the project sets it (settings, system
   *     property, {@code junit-platform.properties})
   * @throws IllegalArgumentException for a bad {@link Reruns#COUNT}
   */
  static List<Execution> plan(
      ForkSettings settings, Function<String, Optional<String>> configured, ClassLoader loader) {
    Map<Boolean, List<String>> byGrouped = settings.classes().stream()
        .collect(Collectors.partitioningBy(name -> isGrouped(name, configured, loader)));
    Map<String, String> shared = RerunDriver.driven(Reruns.read(configured), settings.parameters());
    // Unique in this JVM, which is all a shared run needs; a random UUID's SecureRandom costs 30 ms at start-up.
    shared.put(GroupRegistry.SHARED_RUN, "run-" + RUNS.incrementAndGet());
    shared.put(WholeStop.PARAMETER, "true"); // the listener reports a container stopped whole as stopped
    List<Execution> executions = new ArrayList<>();
    if (!byGrouped.get(false).isEmpty()) {
      executions.add(new Execution(false, byGrouped.get(false), shared));
    }
    if (!byGrouped.get(true).isEmpty()) {
      executions.add(new Execution(true, byGrouped.get(true), concurrent(settings, configured, shared)));
    }
    return executions;
  }

  /**
   * The groups' execution runs concurrently whatever the project configures for its own tests:
   * fixed parallelism = threads, unless the project chose its own strategy.
   */
  static Map<String, String> concurrent(
      ForkSettings settings, Function<String, Optional<String>> configured, Map<String, String> shared) {
    Map<String, String> parameters = new LinkedHashMap<>(shared);
    parameters.put(PARALLEL_ENABLED, "true");
    parameters.put(MODE_DEFAULT, "concurrent");
    parameters.put(MODE_CLASSES_DEFAULT, "concurrent");
    if (configured.apply(PARALLEL_STRATEGY).isEmpty() && configured.apply(PARALLELISM).isEmpty()) {
      parameters.put(PARALLEL_STRATEGY, "fixed");
      parameters.put(PARALLELISM, Integer.toString(settings.threads()));
    }
    if (configured.apply(EXECUTOR_SERVICE).isEmpty()) {
      parameters.put(EXECUTOR_SERVICE, "fork_join_pool");
    }
    return parameters;
  }

  /** Whether a class belongs to a group, by annotation or by the pom; a class that will not load does not. */
  private static boolean isGrouped(String className, Function<String, Optional<String>> configured,
      ClassLoader loader) {
    try {
      return GroupMembership.declarationOf(Class.forName(className, false, loader), configured).isPresent();
    } catch (ClassNotFoundException | LinkageError e) {
      return false; // JUnit reports it in the run
    }
  }
}
