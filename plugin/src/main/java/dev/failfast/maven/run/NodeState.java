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
  /** Nullable: the report the node is in; {@code null} for an engine or another container outside classes. */
  final Report report;
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

  NodeState(TestNode node, Report report) {
    this.node = node;
    this.report = report;
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

  /** Its {@code <testcase>}, with the outcome it has so far; {@code nodes} are the run's, by id. */
  TestCaseResult testCase(Map<String, NodeState> nodes) {
    return new TestCaseResult(caseClassName(nodes), SurefireNames.testName(node), result.outcome(), duration(),
        result.message(), result.throwableType(), result.stackTrace(), systemOut(), systemErr(), earlierAttempts);
  }

  /** The {@code classname} of a test: from its nearest class, else its report's name. */
  private String caseClassName(Map<String, NodeState> nodes) {
    for (NodeState e = nodes.get(node.parentId()); e != null; e = nodes.get(e.node.parentId())) {
      if (e.node.kind() == Kind.CLASS) {
        return SurefireNames.className(e.node, e.report == null || e != e.report.topClass);
      }
      if (e.node.parentId() == null) {
        break;
      }
    }
    return report.name;
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
        for (String id = node.node.id(); id != null && ids.add(id); ) {
          NodeState parent = nodes.get(id);
          id = parent == null ? null : parent.node.parentId();
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
