package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.stop.WholeStop;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Streams JUnit's execution events as {@link ForkEvents}: the whole plan first, then one result
 * per node. JUnit reports nothing for the tests under a container that failed before running them
 * (a failing {@code @BeforeAll}) and one event for a skipped container; this listener gives each
 * such test the container's result, so every test is reported exactly once (docs/rules.md G10).
 * A container stopped whole ({@link WholeStop}) is the exception: it is one stopped record, which
 * the build JVM expands to its planned tests, so a stop costs the test JVM nothing per test.
 */
@API(status = INTERNAL, since = "0.1")
public final class StreamingListener {

  static final String STDOUT = "stdout";
  static final String STDERR = "stderr";

  private final ForkEvents events;
  private final Function<String, Optional<String>> parameters;
  private final Map<String, TestNode> nodes = new ConcurrentHashMap<>();
  private final Set<String> finished = ConcurrentHashMap.newKeySet();
  private final OutputCapture capture;

  /**
   * @param parameters the run's configuration parameters, for pom-assigned groups
   * @param capture told where each test runs, so that its output is its own
   */
  StreamingListener(ForkEvents events, Function<String, Optional<String>> parameters, OutputCapture capture) {
    this.events = events;
    this.parameters = parameters;
    this.capture = capture;
  }

  /**
   * Streams the plans of the run's executions, before any of them runs, so that each of their
   * tests gets a result even if the test JVM dies early. An engine in several plans is one node.
   */
  public void announce(List<TestPlan> plans) {
    for (TestPlan testPlan : plans) {
      for (TestIdentifier root : testPlan.getRoots()) {
        plan(testPlan, root);
      }
    }
    events.planComplete();
  }

  private void plan(TestPlan testPlan, TestIdentifier identifier) {
    planned(identifier);
    for (TestIdentifier child : testPlan.getChildren(identifier)) {
      plan(testPlan, child);
    }
  }

  /**
   * The listener of one of the run's executions. The executions run at the same time and share
   * their engine's node, so each follows its own plan for the descendants of its nodes.
   *
   * @param plan the plan it executes
   * @param grouped whether it runs the groups' classes or the ungrouped ones
   * @param reruns runs the later attempts of its failing tests
   */
  ExecutionListener execution(TestPlan plan, boolean grouped, RerunDriver reruns) {
    return new ExecutionListener(plan, grouped, reruns);
  }

  /** The listener of one execution. */
  final class ExecutionListener implements TestExecutionListener {

    private final boolean grouped;
    private final RerunDriver reruns;
    private volatile TestPlan plan;

    private ExecutionListener(TestPlan plan, boolean grouped, RerunDriver reruns) {
      this.plan = plan;
      this.grouped = grouped;
      this.reruns = reruns;
    }

    /**
     * The execution ended by throwing what JUnit takes for unrecoverable, such as an
     * {@code OutOfMemoryError} in a test on the thread that executes it: every node of its plan
     * without a result gets that error, as when an engine fails, and the run goes on.
     */
    void aborted(Throwable error) {
      TestResult result = TestResult.of(error, false);
      long now = System.nanoTime();
      for (TestIdentifier root : plan.getRoots()) {
        for (TestIdentifier node : plan.getDescendants(root)) {
          if (node.isTest()) {
            capture.finished(node.getUniqueId());
          }
          finish(node.getUniqueId(), result, now);
        }
        finish(root.getUniqueId(), result, now);
      }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
      plan = testPlan;
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier identifier) {
      planned(identifier);
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
      if (identifier.isTest()) {
        capture.started(identifier.getUniqueId(), !grouped);
      }
      events.started(identifier.getUniqueId(), System.nanoTime());
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
      long now = System.nanoTime();
      if (WholeStop.wasStopped(identifier.getUniqueId())) {
        // One record: the build JVM has the plan and reports each of its tests stopped (docs/fork-protocol.md).
        finish(identifier.getUniqueId(), TestResult.stopped(reason), now);
        return;
      }
      TestResult result = TestResult.skipped(reason);
      for (TestIdentifier descendant : plan.getDescendants(identifier)) {
        reportIfItProducedNoTest(plan, descendant, result, now);
        finish(descendant.getUniqueId(), result, now);
      }
      reportIfItProducedNoTest(plan, identifier, result, now);
      finish(identifier.getUniqueId(), result, now);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult executionResult) {
      TestResult result = result(executionResult);
      if (identifier.isTest()) {
        // Later attempts run here, on the test's thread, before the test is done: their output is
        // the test's, and since JUnit tells this listener of a finish before the launcher's own
        // (the plan order's among them), a sequential group's next test waits for them.
        result = reruns.lastAttempt(identifier.getUniqueId(), result);
        capture.finished(identifier.getUniqueId());
      }
      long now = System.nanoTime();
      if (identifier.isContainer() && executionResult.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        boolean unreported = false;
        for (TestIdentifier descendant : plan.getDescendants(identifier)) {
          unreported |= finish(descendant.getUniqueId(), result, now) && descendant.isTest();
        }
        boolean failed = result.outcome() == Outcome.FAILED || result.outcome() == Outcome.ERROR;
        if (!reportIfItProducedNoTest(plan, identifier, result, now) && !unreported && failed) {
          reportContainerFailure(plan, identifier, result, now);
        }
      }
      finish(identifier.getUniqueId(), result, now);
    }

    @Override
    public void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
      // JUnit's output capture, where the project configures it, publishes under these two keys.
      entry.getKeyValuePairs().forEach((key, value) -> {
        if (key.equals(STDOUT) || key.equals(STDERR)) {
          events.output(identifier.getUniqueId(), key, value);
        }
      });
    }
  }

  /**
   * A test template or factory (a container of a method) that ended without producing any test,
   * disabled, stopped before it started or failed, is reported as one test with its own name and
   * result, as Surefire does, so that it does not vanish from the counts (docs/rules.md G10).
   *
   * @return whether it was such a container
   */
  private boolean reportIfItProducedNoTest(TestPlan plan, TestIdentifier container, TestResult result, long now) {
    if (!container.isContainer() || !(container.getSource().orElse(null) instanceof MethodSource)
        || plan.getDescendants(container).stream().anyMatch(TestIdentifier::isTest)) {
      return false;
    }
    reportAsTest(nodes.get(container.getUniqueId()).producedNoTest(), result, now);
    return true;
  }

  /**
   * A container failed after all its tests had results (an {@code @AfterAll}), or had none: the
   * failure becomes a test of its own, named as Surefire names it, so it is not lost.
   */
  private void reportContainerFailure(TestPlan plan, TestIdentifier container, TestResult result, long now) {
    TestNode parent = nodes.get(container.getUniqueId());
    boolean hadTests = plan.getDescendants(container).stream().anyMatch(TestIdentifier::isTest);
    String name = hadTests ? "executionError" : "initializationError";
    String className = parent.className() != null ? parent.className() : parent.displayName();
    reportAsTest(new TestNode(parent.id() + "/[failfast:" + name + "]", parent.id(), TestNode.Kind.TEST, className,
        null, name, name, parent.group()), result, now);
  }

  /** Plans a test that JUnit has no node for and reports its result. */
  private void reportAsTest(TestNode node, TestResult result, long now) {
    if (nodes.putIfAbsent(node.id(), node) == null) {
      events.planned(node);
      finish(node.id(), result, now);
    }
  }

  /** @return whether this call reported the node (it had no result yet) */
  private boolean finish(String id, TestResult result, long nanoTime) {
    if (!finished.add(id)) {
      return false;
    }
    events.finished(id, result, nanoTime);
    return true;
  }

  static TestResult result(TestExecutionResult result) {
    return switch (result.getStatus()) {
      case SUCCESSFUL -> TestResult.PASSED;
      case ABORTED -> result.getThrowable().map(t -> TestResult.of(t, true)).orElse(TestResult.skipped(null));
      case FAILED -> result.getThrowable().map(t -> TestResult.of(t, false))
          .orElse(new TestResult(Outcome.ERROR, "failed without a throwable", null, null));
    };
  }

  private void planned(TestIdentifier identifier) {
    TestNode parent = identifier.getParentId().map(nodes::get).orElse(null);
    Optional<TestSource> source = identifier.getSource();
    TestNode.Kind kind;
    String className = parent == null ? null : parent.className();
    String methodName = parent == null ? null : parent.methodName();
    String group = parent == null ? null : parent.group();
    if (identifier.isTest()) {
      kind = TestNode.Kind.TEST;
    } else if (source.filter(ClassSource.class::isInstance).isPresent()) {
      kind = TestNode.Kind.CLASS;
    } else {
      kind = TestNode.Kind.CONTAINER;
    }
    if (source.orElse(null) instanceof ClassSource classSource) {
      className = classSource.getClassName();
      group = groupOf(classSource);
    } else if (source.orElse(null) instanceof MethodSource methodSource) {
      className = methodSource.getClassName();
      methodName = methodSource.getMethodName();
    }
    TestNode node = new TestNode(identifier.getUniqueId(), parent == null ? null : parent.id(), kind, className,
        methodName, identifier.getLegacyReportingName(), identifier.getDisplayName(), group);
    if (nodes.putIfAbsent(node.id(), node) == null) {
      events.planned(node);
    }
  }

  private String groupOf(ClassSource source) {
    return GroupMembership.declarationOf(source.getJavaClass(), parameters)
        .map(GroupMembership.Declaration::name)
        .orElse(null);
  }
}
