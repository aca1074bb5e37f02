package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.classify.FailurePolicy;
import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.classify.GroupSpec;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.config.Scope;
import dev.failfast.junit.schedule.Turn;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/** The groups of one test run, created as their first class starts. */
@API(status = INTERNAL, since = "0.1")
public final class GroupRegistry {

  /** A class's place in the run: its group and its own membership (which decides its failures). */
  public record Binding(Group group, GroupSpec spec) {

    /**
     * The binding of a class in no group, which failfast leaves alone (docs/rules.md G11): its
     * scope is never cancelled, since nothing it throws is fatal and no signal is handed to it, so
     * its members pass every gate and its failures stay as they are.
     */
    public static final Binding NONE =
        new Binding(
            new Group(null, newScope(null, Duration.ZERO, false), null),
            new GroupSpec("", FailurePolicy.NOTHING_IS_FATAL, true));

    /** Whether this is {@link #NONE}: the class is in no group and gets no {@code GroupSignal}. */
    public boolean isNone() {
      return this == NONE;
    }

    /** The turn its members take: its group's in a sequential group, none in a parallel one. */
    public Turn turn() {
      return spec.parallel() ? null : group.turn();
    }

    public CancelScope scope() {
      return group.scope();
    }
  }

  /**
   * The configuration parameter naming a run that spans several launcher executions in one JVM,
   * as failfast's test JVM does; executions with the same value share one registry, so a group,
   * and {@code scope=run}, reach across them.
   */
  public static final String SHARED_RUN = "failfast.sharedRun";

  /**
   * The configuration parameter saying the build JVM may cancel the whole run ({@code
   * skipAfterFailureCount}): then an ungrouped class passes a gate too, one that only such a
   * cancellation closes, since its own failures cancel nothing with {@code scope=group}.
   */
  public static final String CANCELLABLE_RUN = "failfast.cancellableRun";

  private static final ConcurrentMap<String, GroupRegistry> SHARED = new ConcurrentHashMap<>();
  /** The build JVM's cancellation of this JVM's run, kept for the registries created after it. */
  private static volatile RunCancel jvmRunCancel;

  /**
   * A cancellation of the whole run from outside it (the build JVM), as {@link CancelScope#cancel} takes it.
   *
   * @param detail the cause's summary, or the budget reached
   */
  public record RunCancel(CancelReason reason, String originId, String origin, String detail) {}

  private final FailFastConfiguration configuration;
  private final GroupMembership membership;
  /** The single scope of {@code scope=run}; {@code null} with {@code scope=group}. */
  private final CancelScope runScope;
  private final ConcurrentMap<String, Group> groups = new ConcurrentHashMap<>();
  /** By test id: the fatal failures that wait for their test's next attempt. */
  private final ConcurrentMap<String, HeldBackFailure> heldBack = new ConcurrentHashMap<>();
  /** With {@code scope=run}, or the {@link #CANCELLABLE_RUN}: the group of the ungrouped classes. */
  private final Group ungrouped;
  private volatile RunCancel runCancel;

  /** @param cancellableRun {@link #CANCELLABLE_RUN}: ungrouped classes pass a gate the build JVM can close */
  public GroupRegistry(FailFastConfiguration configuration, GroupMembership membership, boolean cancellableRun) {
    this.configuration = configuration;
    this.membership = membership;
    this.runScope = configuration.scope() == Scope.RUN ? scope(null) : null;
    this.ungrouped = runScope != null ? new Group(null, runScope, null)
        : cancellableRun ? new Group(null, scope(null), null) : null;
  }

  /** The registry of the shared run {@code id}, created by {@code create} for its first execution. */
  public static GroupRegistry shared(String id, Supplier<GroupRegistry> create) {
    GroupRegistry registry = SHARED.computeIfAbsent(id, key -> create.get());
    RunCancel cancel = jvmRunCancel; // read after publishing the registry: cancelJvmRuns sees it or it sees this
    if (cancel != null) {
      registry.cancelRun(cancel);
    }
    return registry;
  }

  /**
   * Takes the fatal failure that the test {@code testId} of the shared run {@code id} held back for
   * its next attempt, if it did; none is held back afterwards. Outside a shared run ({@code id}
   * null) nothing is rerun, so nothing is held back.
   */
  public static Optional<HeldBackFailure> takeHeldBack(String id, String testId) {
    return Optional.ofNullable(id).map(SHARED::get).map(registry -> registry.heldBack.remove(testId));
  }

  /**
   * Holds back a fatal failure of a test until its next attempt (docs/rules.md "Reruns"). The
   * attempt's first one stands, as the first fatal failure cancels without reruns: the same
   * failure seen again in a later callback is not its origin. The driver takes it before the next attempt.
   */
  public void holdBack(HeldBackFailure failure) {
    heldBack.putIfAbsent(failure.testId(), failure);
  }

  /**
   * Cancels every run of this JVM, and any started later: the build JVM's order. In a forked test
   * JVM there is one run.
   */
  public static void cancelJvmRuns(RunCancel cancel) {
    GroupListeners.announcing(() -> {
      jvmRunCancel = cancel;
      SHARED.values().forEach(registry -> registry.cancelRun(cancel));
    });
  }

  /**
   * Cancels the whole run without a failure of its own: the run's scope with {@code scope=run},
   * else every group (those created later as they are) and the ungrouped classes' gate. The first
   * decision of each scope stands.
   */
  void cancelRun(RunCancel cancel) {
    runCancel = cancel;
    if (runScope != null) {
      cancel(runScope, cancel);
      return;
    }
    groups.values().forEach(group -> cancel(group.scope(), cancel));
    if (ungrouped != null) {
      cancel(ungrouped.scope(), cancel);
    }
  }

  private static void cancel(CancelScope scope, RunCancel cancel) {
    scope.cancel(cancel.reason(), cancel.detail(), null, cancel.originId(), cancel.origin());
  }

  /**
   * The binding of a test class: its group, or with {@code scope=run} the run for an ungrouped
   * class; {@link Binding#NONE} for an ungrouped class with {@code scope=group}.
   *
   * @throws IllegalArgumentException for a group without a name, or a pom group naming a type that
   *     is unknown or not a Throwable
   */
  public Binding bind(Class<?> testClass) {
    Optional<GroupSpec> spec = membership.of(testClass);
    if (spec.isPresent()) {
      return new Binding(group(spec.get().name()), spec.get());
    }
    if (runScope != null) {
      return new Binding(ungrouped, new GroupSpec("", membership.ungroupedPolicy(), true));
    }
    if (ungrouped != null) {
      return new Binding(ungrouped, new GroupSpec("", FailurePolicy.NOTHING_IS_FATAL, true));
    }
    return Binding.NONE;
  }

  private Group group(String name) {
    Group group = groups.computeIfAbsent(name, n -> new Group(n, runScope != null ? runScope : scope(n), new Turn(n)));
    RunCancel cancel = runCancel; // read after publishing the group: cancelRun sees it or it sees this
    if (cancel != null) {
      cancel(group.scope(), cancel);
    }
    return group;
  }

  private CancelScope scope(String name) {
    return newScope(name, configuration.grace(), configuration.interrupt());
  }

  // The scope as a run has it: the system clock, the JVM-wide listeners, the grace watchdog.
  private static CancelScope newScope(String name, Duration grace, boolean interrupt) {
    return new CancelScope(name, grace, interrupt, System::nanoTime, GroupListeners.JVM_WIDE, Watchdog::schedule);
  }
}
