package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.ForkEvents;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import dev.failfast.junit.fork.TestResult;
import dev.failfast.junit.group.StopMessage;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.RunObserver.RunningTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The build JVM's picture of a run, built from the test JVM's events: every planned node and
 * its one result. It turns into the report model ({@link #classResults()}, {@link #summary}),
 * also after the test JVM died ({@link #finishUnfinished}). Events arrive on the reader thread,
 * queries from the watchdog, so every method holds the lock.
 */
public final class RunModel implements ForkEvents {

  private static final class Entry {
    final TestNode node;
    long forkStart = -1;
    long forkEnd = -1;
    long localStart;
    long localEnd = -1;
    Instant startedAt;
    TestResult result;
    TestResult overdue;
    StringBuilder out;
    StringBuilder err;

    Entry(TestNode node) {
      this.node = node;
    }

    boolean isTest() {
      return node.kind() == Kind.TEST;
    }

    boolean running() {
      return forkStart >= 0 && result == null;
    }
  }

  /** A group's cancellation; the key {@code null} holds a {@code scope=run} cancellation. */
  private static final class Cancelled {
    final Cancellation cancellation;
    Long latencyNanos;
    final List<String> alsoFailed = new ArrayList<>();

    Cancelled(Cancellation cancellation) {
      this.cancellation = cancellation;
    }
  }

  private final RunObserver observer;
  private final Instant runStart = Instant.now();
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Cancelled> cancellations = new HashMap<>();
  private boolean planComplete;
  private boolean runFinished;
  private String aborted;
  private String exiting;
  private long lastTestFinished = System.nanoTime();

  public RunModel(RunObserver observer) {
    this.observer = observer;
  }

  // ---- events from the test JVM -----------------------------------------------------------

  @Override
  public synchronized void planned(TestNode node) {
    entries.putIfAbsent(node.id(), new Entry(node));
  }

  @Override
  public synchronized void planComplete() {
    planComplete = true;
    List<Entry> tests = entries.values().stream().filter(Entry::isTest).toList();
    observer.planComplete(tests.size(), (int) tests.stream().map(e -> e.node.className()).distinct().count(),
        groupNames());
  }

  @Override
  public synchronized void started(String id, long nanoTime) {
    Entry entry = entries.get(id);
    if (entry != null && entry.forkStart < 0) {
      entry.forkStart = nanoTime;
      entry.localStart = System.nanoTime();
      entry.startedAt = Instant.now();
    }
  }

  @Override
  public synchronized void finished(String id, TestResult result, long nanoTime) {
    Entry entry = entries.get(id);
    if (entry == null || entry.result != null) {
      return; // one outcome each: the first stands
    }
    entry.result = result;
    entry.forkEnd = nanoTime;
    if (entry.isTest()) {
      lastTestFinished = System.nanoTime();
    } else if (entry.node.kind() == Kind.CLASS) {
      reportClass(entry);
    }
  }

  private void reportClass(Entry classEntry) {
    ClassResult classResult = classResult(classEntry.node.className());
    if (classResult != null) {
      observer.classFinished(classResult);
    }
  }

  @Override
  public synchronized void output(String id, String stream, String text) {
    Entry entry = entries.get(id);
    if (entry == null || !entry.isTest()) {
      return; // a container's output was on the console; a test case is where reports keep it
    }
    if ("stderr".equals(stream)) {
      entry.err = append(entry.err, text);
    } else {
      entry.out = append(entry.out, text);
    }
  }

  @Override
  public synchronized void groupCancelled(Cancellation cancellation) {
    cancellations.putIfAbsent(cancellation.group(), new Cancelled(cancellation));
    Predicate<Entry> inScope = e -> e.isTest() && e.result == null && !e.node.id().equals(cancellation.originId())
        && (cancellation.group() == null || cancellation.group().equals(e.node.group()));
    // Jupiter reports a test started before failfast's gate admits it; only the test JVM's own
    // decision knows which members were running (and interrupted) when the group was cancelled.
    int unfinished = (int) entries.values().stream().filter(inScope).count();
    int running = Math.min(cancellation.interruptedMembers(), unfinished);
    observer.groupCancelled(cancellation, unfinished - running, running);
  }

  @Override
  public synchronized void alsoFailed(Cancellation cancellation, String testId, String test, String failure) {
    cancelled(cancellation).alsoFailed.add(test);
  }

  @Override
  public synchronized void memberOverdue(
      Cancellation cancellation, String testId, String test, long graceMillis, String stack) {
    Entry entry = entries.get(testId);
    Duration grace = Duration.ofMillis(graceMillis);
    if (entry != null) {
      // Used only if the test JVM is ended before the test returns and reports for itself.
      entry.overdue =
          new TestResult(Outcome.STOPPED, StopMessage.overdue(cancellation.description(), grace), null, stack);
    }
    observer.memberOverdue(test, cancellation, grace);
  }

  @Override
  public synchronized void groupSettled(Cancellation cancellation, long cancelLatencyNanos) {
    cancelled(cancellation).latencyNanos = cancelLatencyNanos;
  }

  @Override
  public synchronized void exiting(String how) {
    exiting = how;
  }

  @Override
  public synchronized void aborted(String problem) {
    aborted = problem;
  }

  @Override
  public synchronized void runFinished() {
    runFinished = true;
  }

  private Cancelled cancelled(Cancellation cancellation) {
    return cancellations.computeIfAbsent(cancellation.group(), group -> new Cancelled(cancellation));
  }

  private static StringBuilder append(StringBuilder text, String more) {
    return (text == null ? new StringBuilder() : text).append(more);
  }

  // ---- state --------------------------------------------------------------------------------

  /** Whether the test JVM reported the end of its run. */
  public synchronized boolean finishedRun() {
    return runFinished;
  }

  /** Nullable: why the test JVM could not start the run (a bad setting, naming the fix). */
  public synchronized String aborted() {
    return aborted;
  }

  /** Nullable: what the test JVM said while shutting down early. */
  public synchronized String exiting() {
    return exiting;
  }

  public synchronized Duration quietFor() {
    return Duration.ofNanos(System.nanoTime() - lastTestFinished);
  }

  public synchronized List<RunningTest> running() {
    long now = System.nanoTime();
    return entries.values().stream().filter(e -> e.isTest() && e.running())
        .map(e -> new RunningTest(displayName(e.node), Duration.ofNanos(now - e.localStart))).toList();
  }

  /**
   * Whether all that is left are tests overdue after their group's cancellation (and the
   * containers waiting for them): then nothing more will finish that matters, and the test JVM
   * can be ended without waiting for threads Java cannot kill (G7).
   */
  public synchronized boolean onlyOverdueLeft() {
    if (runFinished || !planComplete) {
      return false;
    }
    Set<String> waitingForOverdue = new HashSet<>();
    for (Entry entry : entries.values()) {
      if (entry.result == null && entry.overdue != null) {
        for (String id = entry.node.id(); id != null && waitingForOverdue.add(id); ) {
          Entry parent = entries.get(id);
          id = parent == null ? null : parent.node.parentId();
        }
      }
    }
    return !waitingForOverdue.isEmpty()
        && entries.values().stream().allMatch(e -> e.result != null || waitingForOverdue.contains(e.node.id()));
  }

  /**
   * Gives every node without a result one, once the test JVM is gone: an overdue test its
   * overdue stop, a running test an error, one that never started a stop.
   *
   * @param runningMessage why running tests failed, e.g. the test JVM died and how
   * @param pendingMessage why tests that never started did not, starting with {@code stopped: }
   */
  public synchronized void finishUnfinished(String runningMessage, String pendingMessage) {
    long now = System.nanoTime();
    List<Entry> unfinishedClasses = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (entry.result == null) {
        entry.localEnd = now;
        entry.result = entry.overdue != null ? entry.overdue
            : entry.forkStart >= 0 ? new TestResult(Outcome.ERROR, runningMessage, null, null)
            : new TestResult(Outcome.STOPPED, pendingMessage, null, null);
        if (entry.node.kind() == Kind.CLASS) {
          unfinishedClasses.add(entry);
        }
      }
    }
    // Their classes never finished in the fork: their console lines are due now.
    unfinishedClasses.forEach(this::reportClass);
  }

  // ---- the report model ---------------------------------------------------------------------

  /** One result per test class with tests, in plan order. */
  public synchronized List<ClassResult> classResults() {
    Set<String> classNames = new LinkedHashSet<>();
    entries.values().stream().filter(Entry::isTest).forEach(e -> classNames.add(className(e)));
    List<ClassResult> results = new ArrayList<>();
    for (String className : classNames) {
      results.add(classResult(className));
    }
    return results;
  }

  public synchronized RunSummary summary(Duration elapsed, String forkExit) {
    List<GroupSummary> groups = new ArrayList<>();
    Cancelled run = cancellations.get(null);
    String runOrigin = run == null ? null : groupOf(run.cancellation);
    for (String group : groupNames()) {
      Totals totals = Totals.of(testCases(e -> group.equals(e.node.group())));
      Cancelled cancelled = cancellations.get(group);
      // A scope=run cancellation touched the groups it stopped a test of and the one it came from;
      // a group that had finished before it keeps its own outcome.
      if (cancelled == null && run != null && (totals.stopped() > 0 || group.equals(runOrigin))) {
        cancelled = run;
      }
      String outcome = cancelled != null ? GroupSummary.CANCELLED
          : totals.failures() + totals.errors() > 0 ? GroupSummary.FAILED : GroupSummary.PASSED;
      Cancellation c = cancelled == null ? null : cancelled.cancellation;
      groups.add(new GroupSummary(group, outcome, totals, c == null ? null : c.origin(), c == null ? null : c.detail(),
          cancelled == null ? null : cancelled.latencyNanos, cancelled == null ? List.of() : cancelled.alsoFailed));
    }
    return new RunSummary(Totals.of(testCases(e -> true)), groups, elapsed, forkExit);
  }

  private String groupOf(Cancellation cancellation) {
    Entry origin = entries.get(cancellation.originId());
    return origin == null ? null : origin.node.group();
  }

  private List<String> groupNames() {
    return entries.values().stream().filter(Entry::isTest).map(e -> e.node.group()).filter(Objects::nonNull)
        .distinct().sorted().toList();
  }

  /** {@code null} for a class without tests. */
  private ClassResult classResult(String className) {
    List<TestCaseResult> tests = testCases(e -> className.equals(className(e)));
    if (tests.isEmpty()) {
      return null;
    }
    Entry classEntry = entries.values().stream()
        .filter(e -> e.node.kind() == Kind.CLASS && className.equals(e.node.className())).findFirst().orElse(null);
    Entry first = entries.values().stream().filter(e -> e.isTest() && className.equals(className(e))).findFirst()
        .orElseThrow();
    String group = classEntry != null ? classEntry.node.group() : first.node.group();
    Instant timestamp = classEntry != null && classEntry.startedAt != null ? classEntry.startedAt
        : first.startedAt != null ? first.startedAt : runStart;
    Duration time = classEntry != null ? duration(classEntry)
        : tests.stream().map(TestCaseResult::time).reduce(Duration.ZERO, Duration::plus);
    Cancelled cancelled = cancellations.getOrDefault(group, cancellations.get(null));
    return new ClassResult(className, group, timestamp, time, tests,
        cancelled == null ? null : cancelled.cancellation.description(), Map.of());
  }

  private List<TestCaseResult> testCases(Predicate<Entry> which) {
    List<TestCaseResult> cases = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.isTest() && e.result != null && which.test(e)) {
        TestResult r = e.result;
        cases.add(new TestCaseResult(className(e), e.node.name(), r.outcome(), duration(e),
            r.message(), r.throwableType(), r.stackTrace(), text(e.out), text(e.err)));
      }
    }
    return cases;
  }

  /** Tests outside any class (another engine's) report under their engine's name. */
  private String className(Entry entry) {
    if (entry.node.className() != null) {
      return entry.node.className();
    }
    Entry root = entry;
    while (root.node.parentId() != null && entries.containsKey(root.node.parentId())) {
      root = entries.get(root.node.parentId());
    }
    return root.node.displayName();
  }

  /** By the test JVM's clock; by the build JVM's for a test that was still running when it died. */
  private static Duration duration(Entry entry) {
    if (entry.forkStart >= 0 && entry.forkEnd >= entry.forkStart) {
      return Duration.ofNanos(entry.forkEnd - entry.forkStart);
    }
    return entry.forkStart >= 0 && entry.localEnd >= entry.localStart
        ? Duration.ofNanos(entry.localEnd - entry.localStart) : Duration.ZERO;
  }

  private static String text(StringBuilder text) {
    return text == null ? null : text.toString();
  }

  private static String displayName(TestNode node) {
    return node.className() == null ? node.name() : node.className() + "." + node.name();
  }
}
