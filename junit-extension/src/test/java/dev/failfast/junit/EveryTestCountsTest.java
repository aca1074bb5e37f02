package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.kinds.ParameterizedRunningFixture;
import dev.failfast.junit.fixtures.kinds.TestKindsFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * docs/rules.md G2: parameterized invocations, repetitions, dynamic tests, template invocations and the tests of
 * nested classes each count, and are each stopped.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class EveryTestCountsTest {

  @Test
  void everyKindOfTestIsStoppedIndividually() {
    RunResult run = Launch.of(TestKindsFixture.class).run();
    String prefix = "stopped: group 'kinds' cancelled by fatal failure in ";

    assertPassed(run.testNamed("dynamic one"));
    assertFailed(run.testNamed("dynamic two"), IllegalStateException.class, "dynamic boom");

    List<TestResult> stopped = new ArrayList<>();
    stopped.add(run.testNamed("dynamic three"));
    stopped.add(run.testNamed("dynamic four"));
    List<TestResult> parameterized = run.invocations(TestKindsFixture.class, "parameterized");
    assertThat(parameterized).extracting(TestResult::displayName).containsExactly("param a", "param b", "param c");
    stopped.addAll(parameterized);
    List<TestResult> repeated = run.invocations(TestKindsFixture.class, "repeated");
    assertThat(repeated).extracting(TestResult::displayName)
        .containsExactly("repetition 1", "repetition 2", "repetition 3");
    stopped.addAll(repeated);
    List<TestResult> template = run.invocations(TestKindsFixture.class, "template");
    assertThat(template).extracting(TestResult::displayName).containsExactly("template one", "template two");
    stopped.addAll(template);
    stopped.add(run.test(TestKindsFixture.class, "plain"));
    stopped.add(run.test(TestKindsFixture.Inner.class, "innerOne"));
    stopped.add(run.test(TestKindsFixture.Inner.class, "innerTwo"));

    assertThat(stopped).hasSize(13);
    for (TestResult t : stopped) {
      assertThat(t.status()).as("%s\n%s", t, run).isEqualTo(Status.STOPPED);
      assertThat(t.message())
          .as("%s", t)
          .startsWith(prefix)
          .contains(TestKindsFixture.class.getName() + ".factory")
          .endsWith("IllegalStateException: dynamic boom");
    }
    assertThat(run.tests()).hasSize(15);
    assertThat(Journal.events())
        .contains("dynamic one", "dynamic two")
        .doesNotContain("dynamic three", "dynamic four", "plain", "template", "repeated",
            "parameterized a", "parameterized b", "parameterized c",
            "Inner.beforeEach", "Inner.innerOne", "Inner.innerTwo");
    assertThat(Journal.events()).noneMatch(e -> e.startsWith("beforeEach:") && !e.equals("beforeEach:factory()"));
    assertEveryTestReportedOnce(run);
  }

  /** Concurrent parameterized invocations: the running ones are interrupted and stopped. */
  @Test
  void runningParameterizedInvocationsAreStoppedWhenAnotherInvocationFails() {
    RunResult run = Launch.of(ParameterizedRunningFixture.class).run();

    List<TestResult> members = run.invocations(ParameterizedRunningFixture.class, "member");
    assertThat(members).extracting(TestResult::displayName)
        .containsExactly("member 0", "member 1", "member 2", "member 3");
    assertFailed(members.get(0), IllegalStateException.class, "invocation 0 failed");
    for (TestResult t : members.subList(1, 4)) {
      assertThat(t.status()).as("%s\n%s", t, run).isEqualTo(Status.STOPPED);
      assertThat(t.message())
          .startsWith("stopped: group 'param-running' cancelled by fatal failure in ")
          .contains(ParameterizedRunningFixture.class.getName() + ".member")
          .contains("IllegalStateException: invocation 0 failed; was running, ended with InterruptedException");
      assertThat(t.throwable().getCause()).isInstanceOf(InterruptedException.class);
    }
    assertEveryTestReportedOnce(run);
  }
}
