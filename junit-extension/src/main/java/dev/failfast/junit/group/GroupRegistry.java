package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.classify.GroupSpec;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.config.Scope;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/** The groups of one test run, created as their first class starts. */
@API(status = INTERNAL, since = "0.1")
public final class GroupRegistry {

  /** A class's place in the run: its group and its own membership (which decides its failures). */
  public record Binding(Group group, GroupSpec spec) {}

  /**
   * The configuration parameter naming a run that spans several launcher executions in one JVM,
   * as failfast's test JVM does; executions with the same value share one registry, so a group,
   * and {@code scope=run}, reach across them.
   */
  public static final String SHARED_RUN = "failfast.sharedRun";

  private static final ConcurrentMap<String, GroupRegistry> SHARED = new ConcurrentHashMap<>();

  private final FailFastConfiguration configuration;
  private final GroupMembership membership;
  /** The single scope of {@code scope=run}; {@code null} with {@code scope=group}. */
  private final CancelScope runScope;
  private final ConcurrentMap<String, Group> groups = new ConcurrentHashMap<>();
  private final Group ungrouped;

  public GroupRegistry(FailFastConfiguration configuration, GroupMembership membership) {
    this.configuration = configuration;
    this.membership = membership;
    this.runScope =
        configuration.scope() == Scope.RUN
            ? new CancelScope(null, configuration.grace(), configuration.interrupt())
            : null;
    this.ungrouped = runScope == null ? null : new Group(null, runScope, null);
  }

  /** The registry of the shared run {@code id}, created by {@code create} for its first execution. */
  public static GroupRegistry shared(String id, Supplier<GroupRegistry> create) {
    return SHARED.computeIfAbsent(id, key -> create.get());
  }

  /**
   * The binding of a test class: its group, or with {@code scope=run} the run for an ungrouped
   * class; empty for an ungrouped class with {@code scope=group}, which failfast leaves alone.
   */
  public Optional<Binding> bind(Class<?> testClass) {
    Optional<GroupSpec> spec = membership.of(testClass);
    if (spec.isPresent()) {
      return Optional.of(new Binding(group(spec.get().name()), spec.get()));
    }
    if (ungrouped != null) {
      return Optional.of(
          new Binding(ungrouped, new GroupSpec("", membership.ungroupedPolicy(), true)));
    }
    return Optional.empty();
  }

  private Group group(String name) {
    return groups.computeIfAbsent(
        name,
        n -> new Group(
            n,
            runScope != null
                ? runScope
                : new CancelScope(n, configuration.grace(), configuration.interrupt()),
            new Turn(n)));
  }
}
