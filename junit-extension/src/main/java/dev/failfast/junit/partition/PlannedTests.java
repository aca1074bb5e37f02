package dev.failfast.junit.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests a discovered plan holds for each selected top-level class: each test method,
 * and each parameterized, repeated or factory method as one (its invocations are not known before
 * it runs), a nested class's under its top-level class.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlannedTests {

  private PlannedTests() {}

  /** The count of each of {@code classes} that the plan holds tests of. */
  public static Map<String, Long> count(TestPlan plan, Collection<String> classes) {
    Set<String> selected = new HashSet<>(classes);
    Map<String, Long> counts = new HashMap<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier node : plan.getDescendants(root)) {
        if (node.getSource().filter(MethodSource.class::isInstance).isPresent()) {
          topLevelClass(plan, node, selected).ifPresent(name -> counts.merge(name, 1L, Long::sum));
        }
      }
    }
    return counts;
  }

  // The selected class the node's nearest class container is, or is nested in.
  private static Optional<String> topLevelClass(TestPlan plan, TestIdentifier node, Set<String> selected) {
    for (Optional<TestIdentifier> at = plan.getParent(node); at.isPresent(); at = plan.getParent(at.get())) {
      Optional<String> className = at.get().getSource()
          .filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getClassName());
      if (className.isPresent()) {
        for (String name = className.get(); ; name = name.substring(0, name.lastIndexOf('$'))) {
          if (selected.contains(name)) {
            return Optional.of(name);
          }
          if (name.lastIndexOf('$') < 0) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }
}
