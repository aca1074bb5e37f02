package dev.failfast.junit.fork;

import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.junit.group.HeldBackFailure;
import dev.failfast.junit.rerun.Reruns;
import dev.failfast.junit.stop.WholeStop;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the later attempts of a failing test (docs/rules.md "Reruns"), at once and on the thread
 * that ran the failed one: a launch of its own that selects the test by unique id, on that thread
 * (parallel execution off), with the execution's parameters, so the test runs in the same group
 * run, and with the attempt's number, so the extension knows whether a failure may still wait. The
 * launch runs the test's whole lifecycle again: its class's {@code @BeforeAll} and
 * {@code @AfterAll}, a new instance, {@code @BeforeEach} and {@code @AfterEach}.
 *
 * <p>Each failed attempt but the last is sent as {@code attemptFailed}; the caller sends the test's
 * one result, the last attempt's, as {@code finished}.
 */
final class RerunDriver {

  private final Reruns reruns;
  private final Map<String, String> parameters;
  private final ForkEvents events;

  /**
   * @param parameters the configuration parameters of the execution the tests run in; they carry
   *     {@link Reruns#DRIVEN} when reruns are on
   */
  RerunDriver(Reruns reruns, Map<String, String> parameters, ForkEvents events) {
    this.reruns = reruns;
    this.parameters = Map.copyOf(parameters);
    this.events = events;
  }

  /** The parameters an execution runs with: {@code own}, marked as driven when reruns are on. */
  static Map<String, String> driven(Reruns reruns, Map<String, String> own) {
    Map<String, String> parameters = new LinkedHashMap<>(own);
    if (reruns.count() > 0) {
      parameters.put(Reruns.DRIVEN, "true");
    }
    return parameters;
  }

  /**
   * The result of the last attempt of the test {@code id}, whose first attempt ended with
   * {@code first}: that result itself unless it failed and reruns cover the test, else the result
   * of the first later attempt that does not fail, or of the last one.
   */
  TestResult lastAttempt(String id, TestResult first) {
    if (reruns.count() == 0 || !Reruns.covers(id)) {
      return first;
    }
    try {
      TestResult last = first;
      for (int attempt = 2; attempt <= reruns.count() + 1 && failed(last); attempt++) {
        Optional<HeldBackFailure> heldBack = takeHeldBack(id); // the failure of the attempt just ended
        Optional<TestResult> next = attempt(id, attempt);
        if (next.isEmpty()) {
          // The last attempt that ran is the test's result (docs/rules.md Reruns): its failure counts now.
          heldBack.ifPresent(HeldBackFailure::conclude);
          break;
        }
        events.attemptFailed(id, last, System.nanoTime());
        last = next.get();
      }
      return last;
    } finally {
      takeHeldBack(id); // one that no attempt replaced: a failure another extension turned into a pass
    }
  }

  private Optional<HeldBackFailure> takeHeldBack(String id) {
    return GroupRegistry.takeHeldBack(parameters.get(GroupRegistry.SHARED_RUN), id);
  }

  private static boolean failed(TestResult result) {
    return result.outcome() == Outcome.FAILED || result.outcome() == Outcome.ERROR;
  }

  /**
   * Runs one attempt of the test; its result, or none when JUnit found no such test or the launch
   * failed before the test ran. A launch that fails is printed, as the test's output.
   */
  private Optional<TestResult> attempt(String id, int attempt) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectUniqueId(id))
        .configurationParameters(parameters)
        .configurationParameter(Execution.PARALLEL_ENABLED, "false")
        .configurationParameter(Reruns.ATTEMPT, Integer.toString(attempt))
        .build();
    AttemptListener listener = new AttemptListener(id);
    try {
      LauncherFactory.create().execute(request, listener);
    } catch (OutOfMemoryError e) {
      throw e; // as JUnit itself treats it: nothing more can be trusted to run
    } catch (Throwable e) {
      // Printed on the test's thread, so its output carries it: no result of the test says it.
      System.err.println("failfast: the launch of attempt " + attempt + " of " + id + " failed"
          + (listener.result != null ? " after the attempt ran, whose result stands:"
              : ", so the attempt before it is the test's result:"));
      e.printStackTrace();
    }
    return Optional.ofNullable(listener.result);
  }

  /**
   * The result of one attempt: the test's own, or, when a container of it failed or was skipped
   * before the test ran (a {@code @BeforeAll} that failed this time), the container's; stopped
   * when that container was stopped whole because the group was cancelled before the attempt
   * started (docs/rules.md G4.1).
   */
  private static final class AttemptListener implements TestExecutionListener {

    private final String id;
    private final UniqueId uniqueId;
    private volatile TestResult result;

    AttemptListener(String id) {
      this.id = id;
      this.uniqueId = UniqueId.parse(id);
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
      // Asked of every skipped node, so that no stop of this launch stays recorded.
      boolean stopped = WholeStop.wasStopped(identifier.getUniqueId());
      if (result == null && holds(identifier)) {
        result = stopped ? TestResult.stopped(reason) : TestResult.skipped(reason);
      }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult executionResult) {
      if (result == null && (identifier.getUniqueId().equals(id)
          || holds(identifier) && executionResult.getStatus() != TestExecutionResult.Status.SUCCESSFUL)) {
        result = StreamingListener.result(executionResult);
      }
    }

    /**
     * Whether the node is the test or one of its containers. By the unique id, not the plan: a
     * template's invocations are not in the plan until the template runs them, so a template or
     * class skipped before that has no descendant there.
     */
    private boolean holds(TestIdentifier identifier) {
      return uniqueId.hasPrefix(UniqueId.parse(identifier.getUniqueId()));
    }
  }
}
