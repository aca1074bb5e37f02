package dev.failfast.junit.harness;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.Sync;
import dev.failfast.junit.group.GroupListeners;
import dev.failfast.junit.stop.WholeStop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Launches real Jupiter runs over fixture classes through the JUnit Platform {@link Launcher} (as
 * Surefire, IDEs and the console launcher do), with parallel execution enabled, and records
 * everything a user would see.
 */
public final class Launch {

  public static final int DEFAULT_PARALLELISM = 8;

  private final List<DiscoverySelector> selectors = new ArrayList<>();
  private final Map<String, String> params = new LinkedHashMap<>();
  private final Map<String, String> settings = new LinkedHashMap<>();

  private Launch() {
    params.put("junit.jupiter.execution.parallel.enabled", "true");
    params.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
    parallelism(DEFAULT_PARALLELISM);
  }

  public static Launch of(Class<?>... testClasses) {
    Launch launch = new Launch();
    for (Class<?> c : testClasses) {
      launch.selectors.add(selectClass(c));
    }
    return launch;
  }

  public static Launch of(List<Class<?>> testClasses) {
    return of(testClasses.toArray(new Class<?>[0]));
  }

  public Launch parallelism(int threads) {
    params.put("junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(threads));
    return this;
  }

  public Launch param(String key, String value) {
    params.put(key, value);
    return this;
  }

  /** Runs top-level classes in the order of their {@code @Order} annotations. */
  public Launch classesInOrder() {
    return param(
        "junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$OrderAnnotation");
  }

  /** failfast.scope=run, with the extension autodetected so ungrouped classes are covered. */
  public Launch scopeRun() {
    param("failfast.scope", "run");
    return param("junit.jupiter.extensions.autodetection.enabled", "true");
  }

  /**
   * Containers that have not started when their scope is cancelled are stopped whole, as in
   * failfast's test JVM ({@link WholeStop}); the recorder then reports each planned test under one
   * stopped, as failfast's build JVM does.
   */
  public Launch wholeStops() {
    return param(WholeStop.PARAMETER, "true");
  }

  /** A value fixtures read through {@link Sync#setting(String)}. */
  public Launch setting(String key, String value) {
    settings.put(key, value);
    return this;
  }

  public RunResult run() {
    Journal.reset();
    Sync.reset();
    settings.forEach(Sync::set);
    Thread.interrupted(); // start clean

    RecordingGroupListener groups = new RecordingGroupListener();
    RunResult run = new RunResult(groups);
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            .configurationParameters(params)
            .enableImplicitConfigurationParameters(false)
            .build();
    Launcher launcher = LauncherFactory.create();
    GroupListeners.register(groups);
    try {
      launcher.execute(request, new Recorder(run));
    } finally {
      GroupListeners.unregister(groups);
      run.launcherThreadInterrupted = Thread.interrupted();
    }
    return run;
  }

  private static final class Recorder implements TestExecutionListener {
    private final RunResult run;
    private volatile TestPlan plan;

    Recorder(RunResult run) {
      this.run = run;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
      this.plan = plan;
      for (TestIdentifier root : plan.getRoots()) {
        registerTree(plan, root);
      }
    }

    private void registerTree(TestPlan plan, TestIdentifier id) {
      run.register(id);
      for (TestIdentifier child : plan.getChildren(id)) {
        registerTree(plan, child);
      }
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier id) {
      run.register(id);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
      TestResult r = run.get(id);
      synchronized (r) {
        if (r.terminalEvents() > 0) {
          run.anomaly("started after being reported: " + id.getUniqueId());
        }
        r.started++;
      }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      TestResult r = run.get(id);
      if (WholeStop.wasStopped(id.getUniqueId())) {
        // a test stopped whole is one stopped result, as failfast's build JVM reports it
        run.stoppedWhole(r, plan.getDescendants(id), reason);
        return;
      }
      synchronized (r) {
        r.skipped++;
        r.skipReason = reason;
      }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      TestResult r = run.get(id);
      synchronized (r) {
        if (r.started == 0) {
          run.anomaly("finished without being started: " + id.getUniqueId());
        }
        r.finished++;
        r.result = result;
      }
    }
  }
}
