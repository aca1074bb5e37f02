package dev.failfast.junit.schedule;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.classify.GroupMembership;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records each launched test plan's order for sequential groups. Registered through the
 * launcher's service loading, so it works under any launcher (Surefire, IDEs, Gradle, failfast).
 */
@API(status = INTERNAL, since = "0.1")
public final class PlanOrderListener implements TestExecutionListener {

  private volatile PlanOrder current;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    PlanOrder order = new PlanOrder();
    Function<String, Optional<String>> parameters = testPlan.getConfigurationParameters()::get;
    for (TestIdentifier root : testPlan.getRoots()) {
      add(testPlan, parameters, order, root, null);
    }
    current = order;
    order.activate();
  }

  private void add(
      TestPlan plan, Function<String, Optional<String>> parameters, PlanOrder order, TestIdentifier identifier,
      String sequentialGroup) {
    String group = sequentialGroup;
    Optional<Class<?>> testClass = identifier.getSource()
        .filter(ClassSource.class::isInstance)
        .flatMap(source -> load(((ClassSource) source).getClassName()));
    if (testClass.isPresent()) {
      group = GroupMembership.declarationOf(testClass.get(), parameters)
          .filter(declaration -> !declaration.parallel())
          .map(GroupMembership.Declaration::name)
          .orElse(null);
    }
    order.add(identifier.getUniqueId(), identifier.getParentId().orElse(null));
    if (group != null && identifier.getSource().filter(MethodSource.class::isInstance).isPresent()) {
      order.sequence(group, identifier.getUniqueId());
    }
    for (TestIdentifier child : plan.getChildren(identifier)) {
      add(plan, parameters, order, child, group);
    }
  }

  private static Optional<Class<?>> load(String className) {
    try {
      return Optional.of(Class.forName(className, false, Thread.currentThread().getContextClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty(); // not ours to judge; the engine reports it
    }
  }

  @Override
  public void dynamicTestRegistered(TestIdentifier testIdentifier) {
    PlanOrder order = current;
    if (order != null) {
      order.register(testIdentifier.getUniqueId(), testIdentifier.getParentId().orElse(null));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier testIdentifier, String reason) {
    done(testIdentifier);
  }

  @Override
  public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
    done(testIdentifier);
  }

  private void done(TestIdentifier testIdentifier) {
    PlanOrder order = current;
    if (order != null) {
      order.done(testIdentifier.getUniqueId());
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    PlanOrder order = current;
    if (order != null) {
      order.deactivate();
    }
    current = null;
  }
}
