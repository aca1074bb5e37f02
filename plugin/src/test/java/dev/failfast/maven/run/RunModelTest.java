package dev.failfast.maven.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import dev.failfast.junit.fork.TestResult;
import dev.failfast.maven.TestRuns;
import dev.failfast.maven.fork.ForkExit;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunModelTest {

  private static final String ENGINE = "[engine:junit-jupiter]";
  private static final Cancellation PAYMENTS = new Cancellation("payments", "FATAL_FAILURE", id("Pay", "charge"),
      "com.acme.Pay.charge()", "IllegalStateException: gateway down",
      "group 'payments' cancelled by fatal failure in com.acme.Pay.charge(): IllegalStateException: gateway down", 1);

  private final List<String> seen = new ArrayList<>();
  @TempDir
  Path temp;
  private RunModel model;
  private ForkChannel channel;

  private static String id(String simpleClass, String method) {
    return ENGINE + "/[class:com.acme." + simpleClass + "]" + (method == null ? "" : "/[method:" + method + "()]");
  }

  private void plan(String simpleClass, String group, String... methods) {
    String className = "com.acme." + simpleClass;
    channel.planned(new TestNode(id(simpleClass, null), ENGINE, Kind.CLASS, className, null, simpleClass, simpleClass, group));
    for (String method : methods) {
      channel.planned(new TestNode(id(simpleClass, method), id(simpleClass, null), Kind.TEST, className, method,
          method + "()", method + "()", group));
    }
  }

  @BeforeEach
  void plannedRun() {
    model = TestRuns.model(observer(), temp);
    channel = TestRuns.channel(model);
    channel.planned(new TestNode(ENGINE, null, Kind.CONTAINER, null, null, "JUnit Jupiter", "JUnit Jupiter", null));
    plan("Calc", null, "adds", "divides");
    plan("Pay", "payments", "charge", "refund", "history", "audit");
    channel.planComplete();
    channel.started(ENGINE, 0);
  }

  private RunObserver observer() {
    return new RunObserver() {
      @Override
      public void planComplete(Plan plan) {
        seen.add("plan " + plan.tests() + " " + plan.classes() + " " + plan.templates() + " " + plan.groups());
      }

      @Override
      public void output(String report, String stream, String text) {
        seen.add("output " + report + " " + stream + " " + text);
      }

      @Override
      public void classFinished(ClassResult result) {
        assertThat(report(result.className())).as("written before the console shows it").exists();
        seen.add("class " + result.className() + " " + result.totals());
      }

      @Override
      public void groupCancelled(Cancellation cancellation, Stopping stopping) {
        seen.add("cancelled " + cancellation.group() + " pending " + stopping.pending() + " running "
            + stopping.running() + (stopping.templates() == 0 ? "" : " templates " + stopping.templates()));
      }

      @Override
      public void memberOverdue(String test, Cancellation cancellation, Duration grace) {
        seen.add("overdue " + test);
      }

      @Override
      public void stillRunning(Duration quiet, List<RunningTest> running) {}
    };
  }

  private Path report(String className) {
    return TestRuns.reports(temp).resolve("TEST-" + className + ".xml");
  }

  private Map<String, TestCaseResult> byName() {
    return model.classResults().stream().flatMap(c -> c.tests().stream())
        .collect(Collectors.toMap(t -> t.className() + "." + t.name(), Function.identity()));
  }

  @Test
  void aFinishedRunReportsWhatTheTestJvmSaid() {
    channel.systemProperties(Map.of("java.version", "17.0.9", "failfast.group", "not failfast's own"));
    channel.started(id("Calc", null), 0);
    channel.started(id("Calc", "adds"), 1_000);
    channel.output(id("Calc", "adds"), "stdout", "hello\n");
    channel.finished(id("Calc", "adds"), TestResult.PASSED, 3_000_000);
    channel.finished(id("Calc", "divides"), TestResult.skipped("later"), 3_000_000);
    channel.finished(id("Calc", null), TestResult.PASSED, 4_000_000);
    channel.started(id("Pay", null), 0);
    channel.started(id("Pay", "charge"), 0);
    channel.started(id("Pay", "refund"), 0);
    channel.groupCancelled(PAYMENTS);
    channel.finished(id("Pay", "charge"), new TestResult(Outcome.ERROR, "gateway down",
        "java.lang.IllegalStateException", "trace"), 10);
    String stopped = "stopped: " + PAYMENTS.description();
    channel.finished(id("Pay", "refund"), new TestResult(Outcome.STOPPED, stopped, null, null), 10);
    channel.finished(id("Pay", "history"), TestResult.stopped(stopped), 10);
    channel.finished(id("Pay", "audit"), TestResult.stopped(stopped), 10);
    channel.groupSettled(PAYMENTS, 1_500_000);
    channel.finished(id("Pay", null), TestResult.PASSED, 20);
    channel.finished(ENGINE, TestResult.PASSED, 20);
    channel.runFinished();

    RunEnding ending = RunEnding.conclude(channel, new ForkExit(0, null, List.of(), null), Watchdog.Stop.NONE);
    assertThat(ending).isEqualTo(new RunEnding(null, null));
    assertThat(seen).containsExactly(
        "plan 6 [com.acme.Calc, com.acme.Pay] 0 [payments]",
        "output com.acme.Calc stdout hello\n",
        "class com.acme.Calc " + new Totals(2, 0, 0, 1, 0),
        "cancelled payments pending 2 running 1",
        "class com.acme.Pay " + new Totals(4, 0, 1, 0, 3));
    Map<String, TestCaseResult> tests = byName();
    assertThat(tests.get("com.acme.Calc.adds").time()).isEqualTo(Duration.ofNanos(2_999_000));
    assertThat(report("com.acme.Calc")).content().contains("<system-out><![CDATA[hello\n]]></system-out>")
        .contains("<property name=\"java.version\" value=\"17.0.9\"/>")
        .doesNotContain("not failfast's own");
    assertThat(tests.get("com.acme.Calc.divides").message()).isEqualTo("later");
    assertThat(tests.get("com.acme.Pay.history").outcome()).isEqualTo(Outcome.STOPPED);

    ClassResult pay = model.classResults().get(1);
    assertThat(pay.group()).isEqualTo("payments");
    assertThat(pay.cancelledBy()).isEqualTo(PAYMENTS.description());
    RunSummary summary = model.summary(Duration.ofSeconds(1), ending.forkExit());
    assertThat(summary.totals()).isEqualTo(new Totals(6, 0, 1, 1, 3));
    assertThat(summary.groups()).containsExactly(new GroupSummary("payments", GroupSummary.CANCELLED,
        new Totals(4, 0, 1, 0, 3), "com.acme.Pay.charge()", "IllegalStateException: gateway down", 1_500_000L, List.of()));
  }

  /** An engine JUnit aborts (an OutOfMemoryError) gives a class its result before its tests get theirs. */
  @Test
  void earlierAttemptsStayBesideTheTestsOneResultAndAFlakyTestCountsAsAFlake() {
    TestResult refused = new TestResult(Outcome.ERROR, "refused", "java.lang.IllegalStateException", "trace 1");
    model.attemptFailed(id("Calc", "adds"), refused, 1);
    model.finished(id("Calc", "adds"), TestResult.PASSED, 2);
    model.attemptFailed(id("Calc", "adds"), refused, 3); // after its result: changes nothing
    model.attemptFailed(id("Calc", "divides"), new TestResult(Outcome.FAILED, "1", "java.lang.AssertionError", "t"), 4);
    model.finished(id("Calc", "divides"), new TestResult(Outcome.FAILED, "2", "java.lang.AssertionError", "t"), 5);
    model.finished(id("Calc", null), TestResult.PASSED, 6);

    List<TestCaseResult> tests = model.classResults().get(0).tests();
    assertThat(tests.get(0).earlierAttempts()).extracting(a -> a.outcome(), a -> a.message(), a -> a.stackTrace())
        .containsExactly(tuple(Outcome.ERROR, "refused", "trace 1"));
    assertThat(tests.get(0).flaky()).isTrue();
    assertThat(tests.get(1).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(tests.get(1).earlierAttempts()).extracting(a -> a.message()).containsExactly("1");
    assertThat(tests.get(1).flaky()).isFalse();
    assertThat(model.classResults().get(0).totals().flakes()).isEqualTo(1);
    assertThat(report("com.acme.Calc")).content().contains("<flakyError message=\"refused\"",
        "<failure message=\"1\"", "<rerunFailure message=\"2\"");
  }

  @Test
  void aReportWaitsForItsTestsWhenItsClassFinishesFirst() {
    TestResult aborted = new TestResult(Outcome.ERROR, "Java heap space", "java.lang.OutOfMemoryError", "trace");
    channel.finished(id("Calc", null), aborted, 1);
    assertThat(report("com.acme.Calc")).doesNotExist();

    channel.finished(id("Calc", "adds"), aborted, 1);
    channel.finished(id("Calc", "divides"), aborted, 1);

    assertThat(report("com.acme.Calc")).content().contains("name=\"adds\"", "name=\"divides\"");
    assertThat(seen).contains("class com.acme.Calc " + new Totals(2, 0, 2, 0, 0));
  }

  /**
   * Plans, through the returned channel into {@code fresh}, a class Param of group payments: a
   * template values(int) with no invocation yet and a test plain(); its plan not yet complete.
   */
  private ForkChannel paramClass(RunModel fresh) {
    ForkChannel freshChannel = TestRuns.channel(fresh);
    String classId = id("Param", null);
    freshChannel.planned(new TestNode(ENGINE, null, Kind.CONTAINER, null, null, "JUnit Jupiter", "JUnit Jupiter", null));
    freshChannel.planned(new TestNode(classId, ENGINE, Kind.CLASS, "com.acme.Param", null, "Param", "Param", "payments"));
    freshChannel.planned(new TestNode(classId + "/[test-template:values(int)]", classId, Kind.CONTAINER, "com.acme.Param",
        "values", "values(int)", "values(int)", "payments"));
    freshChannel.planned(new TestNode(classId + "/[method:plain()]", classId, Kind.TEST, "com.acme.Param", "plain",
        "plain()", "plain()", "payments"));
    return freshChannel;
  }

  /** A template's invocations are planned only as they run: the counts say how many templates there are. */
  @Test
  void templatesAreCountedBesideTheTestsKnownAtPlanTime() {
    ForkChannel freshChannel = paramClass(TestRuns.model(observer(), temp.resolve("fresh")));
    freshChannel.planComplete();
    freshChannel.groupCancelled(PAYMENTS);

    assertThat(seen).endsWith("plan 1 [com.acme.Param] 1 [payments]", "cancelled payments pending 0 running 1 templates 1");
  }

  /** Jupiter starts tests that wait at failfast's gate; only the test JVM knows none of them ran. */
  @Test
  void theCancelLineCountsAsRunningOnlyTheMembersTheTestJvmInterrupted() {
    channel.started(id("Pay", null), 0);
    channel.started(id("Pay", "charge"), 0);
    channel.started(id("Pay", "refund"), 0);
    channel.started(id("Pay", "history"), 0);
    Cancellation noneRunning = new Cancellation(PAYMENTS.group(), PAYMENTS.reason(), PAYMENTS.originId(),
        PAYMENTS.origin(), PAYMENTS.detail(), PAYMENTS.description(), 0);

    channel.groupCancelled(noneRunning);

    assertThat(seen).contains("cancelled payments pending 3 running 0");
  }

  @Test
  void whenTheTestJvmDiesFinishedTestsKeepTheirResultsRunningOnesErrAndTheRestStop() {
    channel.started(id("Calc", null), 0);
    channel.started(id("Calc", "adds"), 0);
    channel.finished(id("Calc", "adds"), TestResult.PASSED, 10);
    channel.started(id("Calc", "divides"), 10);
    channel.exiting("System.exit was called at com.acme.Calc.divides(Calc.java:9) on thread 'main'");

    RunEnding ending = RunEnding.conclude(channel, new ForkExit(3, null, List.of(), null), Watchdog.Stop.NONE);

    String how = "exited with code 3: System.exit was called at com.acme.Calc.divides(Calc.java:9) on thread 'main'";
    assertThat(ending.failure()).isEqualTo("The test JVM died before the run finished: it " + how);
    assertThat(ending.forkExit()).isEqualTo("the test JVM " + how);
    Map<String, TestCaseResult> tests = byName();
    assertThat(tests.get("com.acme.Calc.adds").outcome()).isEqualTo(Outcome.PASSED);
    TestCaseResult divides = tests.get("com.acme.Calc.divides");
    assertThat(divides.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(divides.message()).isEqualTo("while this test was running, the test JVM " + how);
    TestCaseResult refund = tests.get("com.acme.Pay.refund");
    assertThat(refund.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(refund.message()).isEqualTo("stopped: before this test started, the test JVM " + how);
    assertThat(model.summary(Duration.ZERO, ending.forkExit()).totals()).isEqualTo(new Totals(6, 0, 1, 0, 4));
    // the classes never finished in the fork, yet each gets its console line
    assertThat(seen).contains(
        "class com.acme.Calc " + new Totals(2, 0, 1, 0, 0), "class com.acme.Pay " + new Totals(4, 0, 0, 0, 4));
  }

  /**
   * A class the test JVM stopped whole comes as one stopped record (docs/fork-protocol.md): each of
   * its planned tests, its nested class's included, is reported stopped with its message, and a
   * template that produced no test is one stopped test (docs/rules.md G10); its report is written.
   */
  @Test
  void aContainerStoppedWholeReportsEachOfItsPlannedTestsStopped() {
    RunModel fresh = TestRuns.model(observer(), temp);
    ForkChannel freshChannel = paramClass(fresh);
    String classId = id("Param", null);
    String nestedId = classId + "/[nested-class:Inner]";
    freshChannel.planned(new TestNode(nestedId, classId, Kind.CLASS, "com.acme.Param$Inner", null, "Inner", "Inner",
        "payments"));
    freshChannel.planned(new TestNode(nestedId + "/[method:inner()]", nestedId, Kind.TEST, "com.acme.Param$Inner", "inner",
        "inner()", "inner()", "payments"));
    freshChannel.planComplete();
    String stop = "stopped: " + PAYMENTS.description();

    freshChannel.finished(classId, TestResult.stopped(stop), 5);

    assertThat(fresh.classResults().get(0).tests())
        .extracting(TestCaseResult::className, TestCaseResult::name, TestCaseResult::outcome, TestCaseResult::message)
        .containsExactly(
            tuple("com.acme.Param", "plain", Outcome.STOPPED, stop),
            tuple("com.acme.Param$Inner", "inner", Outcome.STOPPED, stop),
            tuple("com.acme.Param", "values(int)", Outcome.STOPPED, stop));
    assertThat(report("com.acme.Param")).content().contains("name=\"values(int)\"", "name=\"inner\"");
    assertThat(seen).contains("class com.acme.Param " + new Totals(3, 0, 0, 0, 3));
  }

  /** A class JUnit skipped (disabled) is no stop: its record carries no descendant's result. */
  @Test
  void aSkippedClassIsNotExpanded() {
    model.finished(id("Calc", null), TestResult.skipped("stopped: by hand"), 5);

    assertThat(report("com.acme.Calc")).doesNotExist(); // its tests' own records are still to come
  }

  /** A template the dead test JVM never ran is one stopped test, as when a cancellation stops it. */
  @Test
  void whenTheTestJvmDiesATemplateThatProducedNoTestIsOneTest() {
    RunModel fresh = TestRuns.model(observer(), temp);
    ForkChannel freshChannel = TestRuns.channel(fresh);
    String classId = id("Param", null);
    freshChannel.planned(new TestNode(ENGINE, null, Kind.CONTAINER, null, null, "JUnit Jupiter", "JUnit Jupiter", null));
    freshChannel.planned(new TestNode(classId, ENGINE, Kind.CLASS, "com.acme.Param", null, "Param", "Param", null));
    freshChannel.planned(new TestNode(classId + "/[test-template:values(int)]", classId, Kind.CONTAINER, "com.acme.Param",
        "values", "values(int)", "values(int)", null));
    freshChannel.planned(new TestNode(classId + "/[test-template:ran(int)]", classId, Kind.CONTAINER, "com.acme.Param",
        "ran", "ran(int)", "ran(int)", null));
    freshChannel.planned(new TestNode(classId + "/[test-template:ran(int)]/[test-template-invocation:#1]",
        classId + "/[test-template:ran(int)]", Kind.TEST, "com.acme.Param", "ran", "ran(int)[1]", "[1] 1", null));
    freshChannel.planComplete();
    freshChannel.finished(classId + "/[test-template:ran(int)]/[test-template-invocation:#1]", TestResult.PASSED, 5);

    freshChannel.finishUnfinished("while this test was running, the test JVM died", "stopped: the test JVM died");

    List<TestCaseResult> tests = fresh.classResults().get(0).tests();
    assertThat(tests).extracting(TestCaseResult::name, TestCaseResult::outcome).containsExactlyInAnyOrder(
        tuple("values(int)", Outcome.STOPPED), tuple("ran(int)[1]", Outcome.PASSED));
  }

  @Test
  void onlyTestsOverdueAfterACancellationLeftMeansTheTestJvmCanBeEnded() {
    channel.finished(id("Calc", "adds"), TestResult.PASSED, 1);
    channel.finished(id("Calc", "divides"), TestResult.PASSED, 1);
    channel.finished(id("Calc", null), TestResult.PASSED, 1);
    channel.started(id("Pay", null), 0);
    channel.started(id("Pay", "refund"), 0);
    channel.groupCancelled(PAYMENTS);
    for (String done : List.of("charge", "history", "audit")) {
      channel.finished(id("Pay", done), TestResult.stopped("stopped: x"), 1);
    }
    assertThat(channel.onlyOverdueLeft()).isFalse();

    channel.memberOverdue(PAYMENTS, id("Pay", "refund"), "com.acme.Pay.refund()", Duration.ofSeconds(10),
        "\tat com.acme.Pay.refund(Pay.java:5)\n");

    assertThat(channel.onlyOverdueLeft()).isTrue();
    assertThat(seen).contains("overdue com.acme.Pay.refund()");
    RunEnding ending = RunEnding.conclude(channel,
        new ForkExit(137, "was ended without waiting for overdue tests", List.of(), null), Watchdog.Stop.OVERDUE);
    assertThat(ending.failure()).isNull();
    TestCaseResult refund = byName().get("com.acme.Pay.refund");
    assertThat(refund.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(refund.message()).isEqualTo("stopped: " + PAYMENTS.description() + "; did not stop within 10 s");
    assertThat(refund.stackTrace()).contains("Pay.java:5");
  }

  @Test
  void aTimeoutFailsTheBuildAndErrsTheRunningTests() {
    channel.started(id("Calc", "adds"), 0);
    RunEnding ending = RunEnding.conclude(channel,
        new ForkExit(137, "was ended after the run timeout of 5 s expired", List.of(), null), Watchdog.Stop.TIMEOUT);
    assertThat(ending.failure()).isEqualTo("The test run timed out: the test JVM was ended after the run timeout of 5 s expired");
    assertThat(byName().get("com.acme.Calc.adds").message())
        .isEqualTo("while this test was running, the test JVM was ended after the run timeout of 5 s expired");
  }

  @Test
  void theFirstResultStands() {
    channel.finished(id("Calc", "adds"), TestResult.PASSED, 1);
    channel.finished(id("Calc", "adds"), new TestResult(Outcome.ERROR, "late", null, null), 2);
    channel.runFinished();
    RunEnding.conclude(channel, new ForkExit(0, null, List.of(), null), Watchdog.Stop.NONE);
    assertThat(byName().get("com.acme.Calc.adds").outcome()).isEqualTo(Outcome.PASSED);
    assertThat(byName().get("com.acme.Calc.divides").message())
        .isEqualTo("stopped: the test JVM finished its run without reporting this test");
  }

  /** scope=run: the one cancellation is reported on the groups it touched, not on groups that had finished. */
  @Test
  void aRunCancellationCancelsTheGroupsItTouchedOnly() {
    plan("Cat", "catalog", "lists");
    plan("Ord", "orders", "places");
    Cancellation run = new Cancellation(null, "FATAL_FAILURE", id("Pay", "charge"), "com.acme.Pay.charge()",
        "IllegalStateException: gateway down",
        "run cancelled by fatal failure in com.acme.Pay.charge(): IllegalStateException: gateway down", 0);
    channel.finished(id("Cat", "lists"), TestResult.PASSED, 1);
    channel.groupCancelled(run);
    channel.finished(id("Pay", "charge"), new TestResult(Outcome.ERROR, "gateway down",
        "java.lang.IllegalStateException", "trace"), 2);
    for (String stopped : List.of("Pay#refund", "Pay#history", "Pay#audit", "Ord#places")) {
      String[] test = stopped.split("#");
      channel.finished(id(test[0], test[1]), TestResult.stopped("stopped: " + run.description()), 2);
    }

    Map<String, String> outcomes = model.summary(Duration.ZERO, null).groups().stream()
        .collect(Collectors.toMap(GroupSummary::name, GroupSummary::outcome));

    assertThat(outcomes).isEqualTo(Map.of("payments", GroupSummary.CANCELLED, "orders", GroupSummary.CANCELLED,
        "catalog", GroupSummary.PASSED));
  }
}
