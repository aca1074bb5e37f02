package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertAbortedByAssumption;
import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.fatality.CauseChainFixture;
import dev.failfast.junit.fixtures.fatality.NestedDecidesFixture;
import dev.failfast.junit.fixtures.fatality.NonFatalTypesFixture;
import dev.failfast.junit.fixtures.kinds.ParameterizedRunningFixture;
import dev.failfast.junit.fixtures.kinds.TestKindsFixture;
import dev.failfast.junit.fixtures.lifecycle.AfterEachFailsFixture;
import dev.failfast.junit.fixtures.lifecycle.BeforeAllFailsFixture;
import dev.failfast.junit.fixtures.lifecycle.BeforeAllFailsLaterFixture;
import dev.failfast.junit.fixtures.lifecycle.NotStartedFixture;
import dev.failfast.junit.fixtures.lifecycle.NotStartedLaterFixture;
import dev.failfast.junit.fixtures.manual.ManualCancelFixture;
import dev.failfast.junit.fixtures.membership.NestedOwnGroupFixture;
import dev.failfast.junit.fixtures.membership.SharedGroupFirstFixture;
import dev.failfast.junit.fixtures.membership.SharedGroupSecondFixture;
import dev.failfast.junit.fixtures.outcomes.OutcomesFixture;
import dev.failfast.junit.fixtures.parallel.OverlapFirstFixture;
import dev.failfast.junit.fixtures.parallel.OverlapOtherGroupFixture;
import dev.failfast.junit.fixtures.parallel.OverlapSecondFixture;
import dev.failfast.junit.fixtures.parallel.UngroupedAFixture;
import dev.failfast.junit.fixtures.running.RunningMembersFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** docs/rules.md G10: every discovered test is reported exactly once, with exactly one outcome. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class OneOutcomeEachTest {

  @Test
  void eachOutcomeIsReportedOnceAndStoppedIsDistinctFromSkippedAndAborted() {
    RunResult run = Launch.of(OutcomesFixture.class).run();

    String description = fatal("outcomes", OutcomesFixture.class, "fails", "IllegalStateException: outcome failure");
    assertPassed(run.test(OutcomesFixture.class, "passes"));
    TestResult disabled = run.test(OutcomesFixture.class, "disabled");
    assertThat(disabled.status()).isEqualTo(Status.SKIPPED);
    assertThat(disabled.message()).isEqualTo("not today");
    assertAbortedByAssumption(run.test(OutcomesFixture.class, "assumption"));
    assertFailed(run.test(OutcomesFixture.class, "fails"), IllegalStateException.class, "outcome failure");
    assertStoppedBeforeStart(run.test(OutcomesFixture.class, "stopped"), description);
    assertThat(run.test(OutcomesFixture.class, "disabledAfterCancel").status()).isEqualTo(Status.SKIPPED);
    List<TestResult> invocations = run.invocations(OutcomesFixture.class, "stoppedInvocations");
    assertThat(invocations).hasSize(2);
    invocations.forEach(t -> assertStoppedBeforeStart(t, description));

    assertThat(run.tests()).hasSize(8).allMatch(t -> t.terminalEvents() == 1, "exactly one terminal event");
    assertEveryTestReportedOnce(run);
  }

  /** Many groups, ungrouped classes, every kind of test and outcome in one concurrent launch. */
  @Test
  void aMixedConcurrentLaunchReportsEveryTestExactlyOnce() {
    RunResult run = Launch.of(
            OutcomesFixture.class, NotStartedFixture.class, NotStartedLaterFixture.class,
            BeforeAllFailsFixture.class, BeforeAllFailsLaterFixture.class, AfterEachFailsFixture.class,
            NonFatalTypesFixture.class, CauseChainFixture.class, NestedDecidesFixture.class,
            NestedOwnGroupFixture.class, TestKindsFixture.class, ParameterizedRunningFixture.class,
            RunningMembersFixture.class, ManualCancelFixture.class,
            SharedGroupFirstFixture.class, SharedGroupSecondFixture.class,
            OverlapFirstFixture.class, OverlapSecondFixture.class, OverlapOtherGroupFixture.class,
            UngroupedAFixture.class)
        .parallelism(24)
        .classesInOrder()
        .run();

    assertEveryTestReportedOnce(run);
    assertThat(run.tests()).noneMatch(t -> t.status() == Status.NOT_REPORTED && !t.className().contains("BeforeAllFailsFixture"));
    for (String group : List.of("outcomes", "not-started", "lc-before-all", "lc-after-each", "nonfatal-types",
        "cause-chain", "decides", "inner-group", "kinds", "param-running", "running", "manual", "shared")) {
      assertThat(run.groups().cancellations(group)).as("cancellations of %s\n%s", group, run).hasSize(1);
    }
    assertThat(run.groups().cancellations("overlap-x")).isEmpty();
    assertThat(run.groups().cancellations("overlap-y")).isEmpty();
    assertThat(run.groups().cancellations("outer-group")).isEmpty();
    assertThat(run.launcherThreadInterrupted()).isFalse();
  }
}
