package dev.failfast.maven.run;

import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import dev.failfast.junit.fork.TestResult;
import dev.failfast.maven.report.EarlierAttempt;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.TestOutput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** What the build JVM knows of one planned node: when it ran, its one result, its spooled output. */
final class NodeState {

  /** One report file: a top-level class (or, for another engine, what its tests report under) and its tests. */
  static final class Report {
    final String name;
    NodeState topClass;
    final List<NodeState> tests = new ArrayList<>();
    /** Its tests without a result yet. */
    int unfinished;
    boolean written;

    Report(String name) {
      this.name = name;
    }
  }

  final TestNode node;
  /** Nullable: its parent, {@code null} for an engine. */
  final NodeState parent;
  /** Nullable: the report the node is in; {@code null} for an engine or another container outside classes. */
  final Report report;
  /** Its planned children, in plan order; {@code null} while it has none (most nodes are tests). */
  private List<NodeState> children;
  long forkStart = -1;
  long forkEnd = -1;
  long localStart;
  long localEnd = -1;
  Instant startedAt;
  TestResult result;
  TestResult overdue;
  /** How its failed attempts ended, in order, when it was run again (docs/rules.md "Reruns"). */
  private final List<EarlierAttempt> earlierAttempts = new ArrayList<>();
  private OutputSpool.TestStream out;
  private OutputSpool.TestStream err;

  /** A node of the plan, added to its parent's children. */
  NodeState(TestNode node, NodeState parent, Report report) {
    this.node = node;
    this.parent = parent;
    this.report = report;
    if (parent != null) {
      if (parent.children == null) {
        parent.children = new ArrayList<>();
      }
      parent.children.add(this);
    }
  }

  /** Its planned children, in plan order: a copy, since a stand-in may be planned under it meanwhile. */
  List<NodeState> children() {
    return children == null ? List.of() : List.copyOf(children);
  }

  /** Whether it is a template or factory that produced no test, the one test it then is (docs/rules.md G10). */
  boolean producedNoTest() {
    return isTemplate() && children == null;
  }

  /** The {@code classname} of a test: from its nearest class, else its report's name. */
  String caseClassName() {
    for (NodeState e = parent; e != null && e.parent != null; e = e.parent) {
      if (e.node.kind() == Kind.CLASS) {
        return SurefireNames.className(e.node, e.report == null || e != e.report.topClass);
      }
    }
    return report.name;
  }

  boolean isTest() {
    return node.kind() == Kind.TEST;
  }

  boolean running() {
    return forkStart >= 0 && result == null;
  }

  /** A test template or factory: a container of a test method, whose tests come as it runs. */
  boolean isTemplate() {
    return node.kind() == Kind.CONTAINER && node.methodName() != null;
  }

  /** An attempt failed and the test runs again; its result is still to come. */
  void attemptFailed(TestResult attempt) {
    if (result == null) {
      earlierAttempts.add(new EarlierAttempt(attempt.outcome(), attempt.message(), attempt.throwableType(),
          attempt.stackTrace()));
    }
  }

  /** Its {@code <testcase>}, with the outcome it has so far. */
  TestCaseResult testCase() {
    return new TestCaseResult(caseClassName(), SurefireNames.testName(node), result.outcome(), duration(),
        result.message(), result.throwableType(), result.stackTrace(), systemOut(), systemErr(), earlierAttempts);
  }

  /** How the console names it while it runs. */
  String displayName() {
    return node.className() == null ? node.name() : node.className() + "." + node.name();
  }

  /** Takes over when {@code other} started and whether it is overdue: a stand-in for it. */
  void startedAs(NodeState other) {
    forkStart = other.forkStart;
    localStart = other.localStart;
    startedAt = other.startedAt;
    overdue = other.overdue;
  }

  /** The ids of the nodes that match and of all their ancestors. */
  static Set<String> withAncestors(Map<String, NodeState> nodes, Predicate<NodeState> which) {
    Set<String> ids = new HashSet<>();
    for (NodeState node : nodes.values()) {
      if (which.test(node)) {
        NodeState n = node;
        while (n != null && ids.add(n.node.id())) { // up to the first ancestor already counted
          n = n.parent;
        }
      }
    }
    return ids;
  }

  /** By the test JVM's clock; by the build JVM's for a test that was still running when it died. */
  Duration duration() {
    if (forkStart >= 0 && forkEnd >= forkStart) {
      return Duration.ofNanos(forkEnd - forkStart);
    }
    return forkStart >= 0 && localEnd >= localStart ? Duration.ofNanos(localEnd - localStart) : Duration.ZERO;
  }

  void output(OutputSpool spool, String stream, String text) {
    if ("stderr".equals(stream)) {
      err = err == null ? spool.open() : err;
      err.append(text);
    } else {
      out = out == null ? spool.open() : out;
      out.append(text);
    }
  }

  /** Nullable: what the test printed to {@code System.out}. */
  TestOutput systemOut() {
    return out == null ? null : out.output();
  }

  /** Nullable: what the test printed to {@code System.err}. */
  TestOutput systemErr() {
    return err == null ? null : err.output();
  }

  /** The test has finished: its files close until more output comes. */
  void pauseOutput() {
    if (out != null) {
      out.pause();
    }
    if (err != null) {
      err.pause();
    }
  }

  /** Its report holds the output: the spool frees it. */
  void deleteOutput() {
    if (out != null) {
      out.delete();
    }
    if (err != null) {
      err.delete();
    }
  }
}
