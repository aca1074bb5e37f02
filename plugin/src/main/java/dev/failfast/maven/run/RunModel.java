package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import dev.failfast.junit.fork.TestResult;
import dev.failfast.junit.group.StopMessage;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.ReportFiles;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.NodeState.Report;
import dev.failfast.maven.run.RunObserver.RunningTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The build JVM's picture of a run, built from the test JVM's events: every planned node and
 * its one result. Each report (a top-level class with its {@code @Nested} classes, see {@link
 * SurefireNames}) is written as soon as its class has finished, the rest when the run has ended
 * ({@link #finishUnfinished}); tests' output is spooled to disk until then. Events arrive on the
 * reader thread of each test JVM (several with {@code forkCount}, each through its {@link
 * ForkChannel}), queries from the watchdog, so every method holds the lock: one event at a time.
 */
public final class RunModel {

  private final RunObserver observer;
  private final ReportFiles reports;
  private final OutputSpool spool;
  private final Instant runStart = Instant.now();
  private final Map<String, NodeState> entries = new LinkedHashMap<>();
  private final Map<String, Report> byName = new LinkedHashMap<>();
  private final Cancellations cancellations = new Cancellations();
  private final GroupIndex groupIndex = new GroupIndex();
  private final int forks;
  private int plansComplete;
  private Map<String, String> systemProperties = Map.of();
  private int tests;
  private String aborted;
  private long lastTestFinished = System.nanoTime();

  /**
   * @param reports where each report is written as its class finishes
   * @param spool where tests' output waits for its report
   * @param forks how many test JVMs stream into the model: the plan is told once each has planned
   */
  public RunModel(RunObserver observer, ReportFiles reports, OutputSpool spool, int forks) {
    this.observer = observer;
    this.reports = reports;
    this.spool = spool;
    this.forks = forks;
  }

  // ---- events from the test JVM -----------------------------------------------------------

  public synchronized void systemProperties(Map<String, String> properties) {
    systemProperties = new TreeMap<>(properties);
  }

  public synchronized void planned(TestNode node) {
    if (entries.containsKey(node.id())) {
      return;
    }
    NodeState parent = node.parentId() == null ? null : entries.get(node.parentId());
    Report report = parent == null ? null : parent.report;
    if (node.kind() == Kind.CLASS && parent != null && parent.node.parentId() == null) {
      report = byName.computeIfAbsent(node.className(), Report::new); // a top-level class
    } else if (node.kind() == Kind.TEST && report == null) {
      // outside any class (another engine's): under its class or its parent's name, as Surefire
      String name = node.className() != null ? node.className() : parent != null ? parent.node.displayName()
          : node.displayName();
      report = byName.computeIfAbsent(name, Report::new);
    }
    NodeState entry = new NodeState(node, parent, report);
    entries.put(node.id(), entry);
    groupIndex.add(entry);
    if (report != null && node.kind() == Kind.CLASS && report.topClass == null) {
      report.topClass = entry;
    } else if (report != null && entry.isTest()) {
      report.tests.add(entry);
      report.unfinished++;
      tests++;
    }
  }

  public synchronized void planComplete() {
    if (++plansComplete < forks) {
      return;
    }
    observer.planComplete(new RunObserver.Plan(tests, byName.values().stream().filter(r -> !r.tests.isEmpty())
        .map(r -> r.name).toList(), (int) entries.values().stream().filter(NodeState::isTemplate).count(),
        groupIndex.groupNames()));
  }

  public synchronized void started(String id, long nanoTime) {
    NodeState entry = entries.get(id);
    if (entry != null && entry.forkStart < 0) {
      entry.forkStart = nanoTime;
      entry.localStart = System.nanoTime();
      entry.startedAt = Instant.now();
    }
  }

  public synchronized void finished(String id, TestResult result, long nanoTime) {
    NodeState entry = entries.get(id);
    if (entry == null || entry.result != null) {
      return; // one outcome each: the first stands
    }
    entry.result = result;
    entry.forkEnd = nanoTime;
    if (!entry.isTest() && result.outcome() == Outcome.STOPPED) {
      stopUnder(entry, result, nanoTime);
    }
    if (entry.isTest()) {
      lastTestFinished = System.nanoTime();
      entry.pauseOutput();
      entry.report.unfinished--; // every test has a report
    }
    // Due once its class has finished and each of its tests has a result: when JUnit aborts an
    // engine, a class can get its result before its tests get theirs.
    Report report = entry.report;
    if (report != null && report.topClass != null && report.topClass.result != null && report.unfinished == 0) {
      write(report);
    }
  }

  /**
   * A container stopped whole (the test JVM sends it alone, docs/fork-protocol.md): each planned node
   * under it without a result gets its stop, a template or factory that produced no test as the one
   * test it then is (docs/rules.md G10). Each node is visited once: O(its descendants).
   */
  private void stopUnder(NodeState container, TestResult result, long nanoTime) {
    if (container.producedNoTest()) {
      standIn(container);
    }
    for (NodeState child : container.children()) {
      finished(child.node.id(), result, nanoTime);
    }
  }

  /** Writes a report whose class has finished, then tells the console, then frees its spooled output. */
  private void write(Report report) {
    if (report.written || report.tests.isEmpty()) {
      return;
    }
    report.written = true;
    ClassResult result = classResult(report);
    reports.write(result);
    observer.classFinished(result);
    report.tests.forEach(NodeState::deleteOutput);
  }

  public synchronized void attemptFailed(String id, TestResult result, long nanoTime) {
    NodeState entry = entries.get(id);
    if (entry != null) {
      entry.attemptFailed(result);
    }
  }

  /** Output of a test goes to its report and the console, any other output to the console only. */
  public synchronized void output(String id, String stream, String text) {
    NodeState entry = id == null ? null : entries.get(id);
    if (entry != null && entry.isTest()) {
      entry.output(spool, stream, text);
    }
    observer.output(entry == null || entry.report == null ? null : entry.report.name, stream, text);
  }

  public synchronized void groupCancelled(Cancellation cancellation) {
    cancellations.cancelled(cancellation);
    observer.groupCancelled(cancellation, groupIndex.stopping(cancellation));
  }

  public synchronized void alsoFailed(Cancellation cancellation, String testId, String test, String failure) {
    cancellations.alsoFailed(cancellation, test);
  }

  public synchronized void memberOverdue(
      Cancellation cancellation, String testId, String test, Duration grace, String stack) {
    NodeState entry = entries.get(testId);
    if (entry != null) {
      // Used only if the test JVM is ended before the test returns and reports for itself.
      entry.overdue =
          new TestResult(Outcome.STOPPED, StopMessage.overdue(cancellation.description(), grace), null, stack);
    }
    observer.memberOverdue(test, cancellation, grace);
  }

  public synchronized void groupSettled(Cancellation cancellation, long cancelLatencyNanos) {
    cancellations.settled(cancellation, cancelLatencyNanos);
  }

  public synchronized void aborted(String problem) {
    aborted = problem;
  }

  // ---- state --------------------------------------------------------------------------------

  /** Nullable: why the test JVM could not start the run (a bad setting, naming the fix). */
  public synchronized String aborted() {
    return aborted;
  }

  public synchronized Duration quietFor() {
    return Duration.ofNanos(System.nanoTime() - lastTestFinished);
  }

  public synchronized List<RunningTest> running() {
    long now = System.nanoTime();
    return entries.values().stream().filter(e -> e.isTest() && e.running())
        .map(e -> new RunningTest(e.displayName(), Duration.ofNanos(now - e.localStart))).toList();
  }

  /**
   * Whether all that is left of a test JVM's nodes ({@code ofFork}) are tests overdue after their
   * group's cancellation (and the containers waiting for them): then nothing more will finish that
   * matters, and the test JVM can be ended without waiting for threads Java cannot kill (docs/rules.md G7).
   */
  synchronized boolean onlyOverdueLeft(Predicate<String> ofFork) {
    Set<String> waitingForOverdue = NodeState.withAncestors(entries,
        e -> ofFork.test(e.node.id()) && e.result == null && e.overdue != null);
    return !waitingForOverdue.isEmpty() && entries.values().stream().filter(e -> ofFork.test(e.node.id()))
        .allMatch(e -> e.result != null || waitingForOverdue.contains(e.node.id()));
  }

  /**
   * Gives every node of a test JVM ({@code ofFork}) without a result one, once the test JVM is
   * gone: an overdue test its overdue stop, a running test an error, one that never started a stop.
   *
   * @param runningMessage why running tests failed, e.g. the test JVM died and how
   * @param pendingMessage why tests that never started did not, starting with {@code stopped: }
   */
  synchronized void finishUnfinished(Predicate<String> ofFork, String runningMessage, String pendingMessage) {
    long now = System.nanoTime();
    Predicate<String> standIns = standInForTemplatesWithoutTests(ofFork)::contains;
    for (NodeState entry : entries.values()) {
      if (entry.result == null && (ofFork.test(entry.node.id()) || standIns.test(entry.node.id()))) {
        entry.localEnd = now;
        entry.result = entry.overdue != null ? entry.overdue
            : entry.forkStart >= 0 ? new TestResult(Outcome.ERROR, runningMessage, null, null)
            : new TestResult(Outcome.STOPPED, pendingMessage, null, null);
      }
    }
    // What never finished in the fork (or has no class to finish) is written now; a report of
    // another test JVM that is still waiting for results is not.
    byName.values().stream().filter(r -> r.tests.stream().allMatch(e -> e.result != null)).forEach(this::write);
  }

  /**
   * A template or factory the test JVM never finished, and that produced no test, gets the one
   * test it would have got there (docs/rules.md G10), in the same state as the template.
   *
   * @return the stand-ins' ids
   */
  private Set<String> standInForTemplatesWithoutTests(Predicate<String> ofFork) {
    Set<String> withTests = NodeState.withAncestors(entries, NodeState::isTest);
    List<NodeState> templates = entries.values().stream().filter(e -> e.isTemplate() && e.result == null
        && ofFork.test(e.node.id()) && !withTests.contains(e.node.id())).toList();
    Set<String> standIns = new HashSet<>();
    for (NodeState template : templates) {
      NodeState standIn = standIn(template);
      standIn.startedAs(template);
      standIns.add(standIn.node.id());
    }
    return standIns;
  }

  /** Plans the one test a template or factory that produced none is (docs/rules.md G10). */
  private NodeState standIn(NodeState template) {
    TestNode test = template.node.producedNoTest();
    planned(test);
    return entries.get(test.id());
  }

  // ---- the report model ---------------------------------------------------------------------

  /** One result per report with tests, in plan order; each test with the outcome it has so far. */
  public synchronized List<ClassResult> classResults() {
    return byName.values().stream().filter(r -> !r.tests.isEmpty()).map(this::classResult).toList();
  }

  public synchronized RunSummary summary(Duration elapsed, String forkExit) {
    Map<String, List<TestCaseResult>> byGroup = new TreeMap<>();
    List<TestCaseResult> all = new ArrayList<>();
    for (Report report : byName.values()) {
      for (NodeState test : report.tests) {
        if (test.result != null) {
          TestCaseResult result = testCase(test);
          all.add(result);
          if (test.node.group() != null) {
            byGroup.computeIfAbsent(test.node.group(), group -> new ArrayList<>()).add(result);
          }
        }
      }
    }
    Cancellation run = cancellations.run();
    NodeState runOrigin = run == null ? null : entries.get(run.originId());
    List<GroupSummary> groups =
        cancellations.summaries(groupIndex.groupNames(), byGroup, runOrigin == null ? null : runOrigin.node.group());
    return new RunSummary(Totals.of(all), groups, elapsed, forkExit);
  }


  private ClassResult classResult(Report report) {
    List<TestCaseResult> cases = report.tests.stream().filter(e -> e.result != null).map(this::testCase).toList();
    NodeState top = report.topClass;
    NodeState first = report.tests.get(0);
    String group = top != null ? top.node.group() : first.node.group();
    Instant timestamp = top != null && top.startedAt != null ? top.startedAt
        : first.startedAt != null ? first.startedAt : runStart;
    Duration time = top != null ? top.duration()
        : cases.stream().map(TestCaseResult::time).reduce(Duration.ZERO, Duration::plus);
    return new ClassResult(report.name, group, timestamp, time, cases, cancellations.description(group),
        systemProperties);
  }

  private TestCaseResult testCase(NodeState test) {
    return test.testCase();
  }
}
