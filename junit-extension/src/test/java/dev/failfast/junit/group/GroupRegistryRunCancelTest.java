package dev.failfast.junit.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.config.Scope;
import dev.failfast.junit.group.GroupRegistry.RunCancel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The build JVM's cancellation of a whole run (another test JVM's scope=run, the failure budget). */
class GroupRegistryRunCancelTest {

  @FailFastGroup("payments")
  static class Payments {}

  @FailFastGroup("orders")
  static class Orders {}

  static class Ungrouped {}

  private static final RunCancel BUDGET = new RunCancel(CancelReason.FAILURE_BUDGET, "[test:y]", "com.acme.X.y()",
      "failure budget of 2 reached (skipAfterFailureCount)");

  private static GroupRegistry registry(Scope scope, boolean cancellableRun) {
    FailFastConfiguration configuration = new FailFastConfiguration(scope, FailFastConfiguration.DEFAULT_GRACE, true,
        List.of(), List.of());
    Map<String, String> none = Map.of();
    return new GroupRegistry(configuration, new GroupMembership(configuration, key -> Optional.ofNullable(none.get(key)),
        GroupRegistryRunCancelTest.class.getClassLoader()), cancellableRun);
  }

  @Test
  void aBudgetCancelsEveryGroupTheUngroupedClassesAndGroupsMadeLaterAsTheRun() {
    GroupRegistry registry = registry(Scope.GROUP, true);
    GroupRegistry.Binding payments = registry.bind(Payments.class);
    GroupRegistry.Binding ungrouped = registry.bind(Ungrouped.class);

    registry.cancelRun(BUDGET);
    GroupRegistry.Binding orders = registry.bind(Orders.class);

    for (GroupRegistry.Binding binding : List.of(payments, ungrouped, orders)) {
      assertThat(binding.scope().cancellation()).get().satisfies(cancellation -> {
        assertThat(cancellation.scope()).isNull();
        assertThat(cancellation.describe())
            .isEqualTo("run cancelled: failure budget of 2 reached (skipAfterFailureCount) by com.acme.X.y()");
      });
      assertThat(binding.scope().admit("[test:z]", "z()", null)).isNull();
    }
  }

  @Test
  void anotherTestJvmsFatalFailureCancelsTheRunScopeNamingItsCause() {
    GroupRegistry registry = registry(Scope.RUN, false);
    GroupRegistry.Binding ungrouped = registry.bind(Ungrouped.class);

    registry.cancelRun(new RunCancel(CancelReason.FATAL_FAILURE, "[test:a]", "com.acme.A.a()",
        "IllegalStateException: gateway down"));

    assertThat(registry.bind(Payments.class).scope()).isSameAs(ungrouped.scope());
    assertThat(ungrouped.scope().cancellation().orElseThrow().describe())
        .isEqualTo("run cancelled by fatal failure in com.acme.A.a(): IllegalStateException: gateway down");
  }

  @Test
  void withoutACancellableRunAnUngroupedClassWithScopeGroupStaysUngated() {
    GroupRegistry registry = registry(Scope.GROUP, false);

    registry.cancelRun(BUDGET);

    assertThat(registry.bind(Ungrouped.class).isNone()).isTrue();
    assertThat(registry.bind(Payments.class).scope().isCancelled()).isTrue();
  }
}
