package dev.failfast.junit.harness;

import dev.failfast.junit.TestStoppedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/** The outcome of one launch: every test and container the launcher reported, and group events. */
public final class RunResult {

  private final Map<String, TestResult> byId = new LinkedHashMap<>();
  private final List<String> anomalies = Collections.synchronizedList(new ArrayList<>());
  private final RecordingGroupListener groups;
  boolean launcherThreadInterrupted;

  RunResult(RecordingGroupListener groups) {
    this.groups = groups;
  }

  synchronized TestResult register(TestIdentifier id) {
    TestResult existing = byId.get(id.getUniqueId());
    if (existing != null) {
      return existing;
    }
    String className = null;
    String methodName = null;
    TestIdentifier cursor = id;
    while (cursor != null && className == null) {
      TestSource source = cursor.getSource().orElse(null);
      if (source instanceof MethodSource) {
        className = ((MethodSource) source).getClassName();
        methodName = ((MethodSource) source).getMethodName();
      } else if (source instanceof ClassSource) {
        className = ((ClassSource) source).getClassName();
      }
      cursor = cursor.getParentId().map(byId::get).map(TestResult::identifier).orElse(null);
    }
    TestResult result = new TestResult(this, id, className, methodName);
    byId.put(id.getUniqueId(), result);
    return result;
  }

  synchronized TestResult get(TestIdentifier id) {
    TestResult r = byId.get(id.getUniqueId());
    if (r == null) {
      anomalies.add("event for an identifier never discovered nor registered: " + id.getUniqueId());
      r = register(id);
    }
    return r;
  }

  /**
   * A test or container stopped whole: the test, or each planned test under the container, is
   * reported stopped with its reason, as failfast's build JVM reports them (docs/rules.md G10).
   */
  void stoppedWhole(TestResult node, Set<TestIdentifier> descendants, String reason) {
    synchronized (node) {
      node.stoppedWhole = true;
      if (!node.isTest()) {
        node.skipped++;
        node.skipReason = reason;
      }
    }
    stopIfTest(node, reason);
    for (TestIdentifier descendant : descendants) {
      stopIfTest(get(descendant), reason);
    }
  }

  private static void stopIfTest(TestResult r, String reason) {
    synchronized (r) {
      if (r.isTest()) {
        r.finished++;
        r.result = TestExecutionResult.aborted(new TestStoppedException(reason));
      }
    }
  }

  void anomaly(String text) {
    anomalies.add(text);
  }

  /** Protocol violations seen while recording (events for unknown ids, finish without start...). */
  public List<String> anomalies() {
    return new ArrayList<>(anomalies);
  }

  public RecordingGroupListener groups() {
    return groups;
  }

  /** Whether the thread that called the launcher came back with its interrupt flag set (docs/rules.md G4.5). */
  public boolean launcherThreadInterrupted() {
    return launcherThreadInterrupted;
  }

  public synchronized List<TestResult> all() {
    return new ArrayList<>(byId.values());
  }

  public List<TestResult> tests() {
    return all().stream().filter(TestResult::isTest).collect(Collectors.toList());
  }

  public List<TestResult> tests(Predicate<TestResult> filter) {
    return tests().stream().filter(filter).collect(Collectors.toList());
  }

  /** Tests of the class (binary name match, nested classes excluded). */
  public List<TestResult> testsOf(Class<?> testClass) {
    return tests(t -> testClass.getName().equals(t.className()));
  }

  /** Every test or invocation whose Java method is {@code method} in {@code testClass}. */
  public List<TestResult> invocations(Class<?> testClass, String method) {
    return tests(t -> testClass.getName().equals(t.className()) && method.equals(t.methodName()));
  }

  /** The single test of that method (fails when there is not exactly one). */
  public TestResult test(Class<?> testClass, String method) {
    List<TestResult> found = invocations(testClass, method);
    if (found.size() != 1) {
      throw new AssertionError(
          "expected exactly one test " + testClass.getName() + "." + method + ", found " + found.size()
              + "\n" + table());
    }
    return found.get(0);
  }

  public TestResult testNamed(String displayName) {
    List<TestResult> found = tests(t -> t.displayName().equals(displayName));
    if (found.size() != 1) {
      throw new AssertionError(
          "expected exactly one test named '" + displayName + "', found " + found.size() + "\n" + table());
    }
    return found.get(0);
  }

  /** The container of a test class. */
  public TestResult container(Class<?> testClass) {
    List<TestResult> found =
        all().stream()
            .filter(r -> !r.isTest())
            .filter(r -> r.identifier().getSource().orElse(null) instanceof ClassSource)
            .filter(r -> testClass.getName().equals(r.className()))
            .collect(Collectors.toList());
    if (found.size() != 1) {
      throw new AssertionError("expected one container for " + testClass.getName() + "\n" + table());
    }
    return found.get(0);
  }

  /**
   * docs/rules.md G10: every test has exactly one finished or skipped event, never a start without a finish;
   * the only tests allowed to have no event are the children of a container that failed (JUnit
   * does not report the tests of a class whose {@code @BeforeAll} failed, for instance).
   */
  public List<String> oneOutcomeViolations() {
    List<String> violations = new ArrayList<>(anomalies);
    for (TestResult r : all()) {
      if (r.terminalEvents() > 1) {
        violations.add("reported " + r.terminalEvents() + " times: " + r);
      }
      if (r.startedEvents() > 1) {
        violations.add("started " + r.startedEvents() + " times: " + r);
      }
      if (r.startedEvents() == 1 && r.finished != 1) {
        violations.add("started but not finished: " + r);
      }
      if (r.isTest() && r.terminalEvents() == 0 && !underFailedContainer(r)) {
        violations.add("never reported: " + r);
      }
    }
    return violations;
  }

  private boolean underFailedContainer(TestResult r) {
    TestIdentifier cursor = r.identifier();
    while (cursor.getParentId().isPresent()) {
      TestResult parent = byId.get(cursor.getParentId().get());
      if (parent == null) {
        return false;
      }
      if (parent.status() == Status.FAILED) {
        return true;
      }
      cursor = parent.identifier();
    }
    return false;
  }

  public synchronized String table() {
    StringBuilder s = new StringBuilder("launch outcome:\n");
    for (TestResult r : byId.values()) {
      s.append("  ").append(r).append('\n');
    }
    if (!anomalies.isEmpty()) {
      s.append("  anomalies: ").append(anomalies).append('\n');
    }
    s.append("  group cancellations: ");
    groups.cancellations().forEach(c -> s.append("\n    ").append(c.describe()).append(" (").append(c.reason()).append(")"));
    s.append('\n');
    return s.toString();
  }

  @Override
  public String toString() {
    return table();
  }
}
