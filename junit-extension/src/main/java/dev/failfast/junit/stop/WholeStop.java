package dev.failfast.junit.stop;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.group.CancelScope;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.group.StopMessage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops a test or container whole when its scope is cancelled before it starts. Jupiter evaluates
 * conditions before it runs anything of a node (for a class, before its instance and its
 * {@code @BeforeAll}; for a template or factory, before its arguments or its dynamic tests; for a
 * test method, before its instance and its {@code @BeforeEach}), so a node this condition
 * disables has started nothing. A test method of a class that had started is one such node: the
 * rest of a running class stops without a start, an instance and a stop at the gate per test.
 *
 * <p>Only where {@link #PARAMETER} is {@code true}, which failfast's test JVM sets: its listener
 * turns the one skipped container into a stopped result and the build JVM reports each planned
 * test of it. Under another launcher (Surefire, an IDE) a skipped container would be counted once
 * instead of once per test, so there each test is stopped at its own gate, as before.
 */
@API(status = INTERNAL, since = "0.1")
public final class WholeStop {

  /** The configuration parameter that enables whole-container stops; set by failfast's test JVM only. */
  public static final String PARAMETER = "failfast.stopContainersWhole";

  private static final ConditionEvaluationResult ENABLED =
      ConditionEvaluationResult.enabled("its fail-fast scope is not cancelled");

  /**
   * The unique-id segment types of the nodes stopped whole. A template's invocations and dynamic
   * tests, which come from a container that started, stop at their gate.
   */
  private static final Set<String> STOPPED_WHOLE_SEGMENTS =
      Set.of("class", "nested-class", "class-template", "test-template", "test-factory", "method");

  /**
   * The containers stopped whole and not yet reported, each with how many launches stopped it:
   * the one record of what was stopped. Counted, since launches share unique ids: two reruns of
   * the same class's tests may each stop that class.
   */
  private static final Map<String, Integer> STOPPED = new ConcurrentHashMap<>();

  private WholeStop() {}

  /**
   * Whether the context's node runs: disabled, with its stop message as the reason, when whole
   * stops are enabled and {@code scope} is cancelled.
   *
   * @param scope the cancel scope of the context's class, asked only for a node stopped whole
   */
  public static ConditionEvaluationResult evaluate(ExtensionContext context, Supplier<CancelScope> scope) {
    if (!context.getConfigurationParameter(PARAMETER).map(Boolean::parseBoolean).orElse(false)
        || !isStoppedWhole(context.getUniqueId())) {
      return ENABLED;
    }
    Optional<GroupCancellation> cancellation = scope.get().cancellation();
    if (cancellation.isEmpty()) {
      return ENABLED;
    }
    STOPPED.merge(context.getUniqueId(), 1, Integer::sum);
    return ConditionEvaluationResult.disabled(StopMessage.notStarted(cancellation.get().describe()));
  }

  /**
   * Whether the skipped node {@code uniqueId} was stopped whole, rather than disabled; forgets one
   * stop of it, since each launch reports its skipped node once.
   */
  public static boolean wasStopped(String uniqueId) {
    for (Integer stops = STOPPED.get(uniqueId); stops != null; stops = STOPPED.get(uniqueId)) {
      if (stops > 1 ? STOPPED.replace(uniqueId, stops, stops - 1) : STOPPED.remove(uniqueId, stops)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last segment of a unique id names a node stopped whole: {@code …/[class:…]}. */
  static boolean isStoppedWhole(String uniqueId) {
    // Jupiter encodes '/', '[' and ':' inside segment values, so the last "/[" starts the last segment.
    int start = uniqueId.lastIndexOf("/[");
    int colon = start < 0 ? -1 : uniqueId.indexOf(':', start);
    return colon > 0 && STOPPED_WHOLE_SEGMENTS.contains(uniqueId.substring(start + 2, colon));
  }
}
