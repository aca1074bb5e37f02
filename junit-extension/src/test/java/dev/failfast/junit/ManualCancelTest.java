package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStopped;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.assertStoppedWhileRunning;
import static dev.failfast.junit.harness.Outcomes.onPurpose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.manual.ConstructorSignalCancelFixture;
import dev.failfast.junit.fixtures.manual.ManualCancelFixture;
import dev.failfast.junit.fixtures.manual.ManualCancelSequentialFixture;
import dev.failfast.junit.fixtures.manual.ManualCancelThenFailFixture;
import dev.failfast.junit.group.CancelReason;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.opentest4j.AssertionFailedError;

/** docs/rules.md G6: GroupSignal.cancel(reason) cancels the group on purpose, without a failure. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class ManualCancelTest {

  @Test
  void cancelOnPurposeStopsTheRunningMembersAndTheCallerGoesOn() {
    RunResult run = Launch.of(ManualCancelFixture.class).run();

    String description = onPurpose("manual", ManualCancelFixture.class, "canceller(GroupSignal)", "backend unavailable");
    assertPassed(run.test(ManualCancelFixture.class, "canceller"));
    assertThat(Journal.events()).contains("canceller after cancel: isCancelled=true interrupted=false");
    assertStoppedWhileRunning(run.test(ManualCancelFixture.class, "blocker"), description, InterruptedException.class);
    assertStopped(run.test(ManualCancelFixture.class, "poller"), description);
    assertThat(Journal.events()).contains("poller await returned true",
        "afterEach:canceller", "afterEach:blocker", "afterEach:poller");
    assertThat(Journal.interruptedAtStart()).isEmpty();

    assertThat(run.groups().cancellations()).as("%s", run).hasSize(1);
    GroupCancellation c = run.groups().cancellations().get(0);
    assertThat(c.reason()).isEqualTo(CancelReason.ON_PURPOSE);
    assertThat(c.scope()).isEqualTo("manual");
    assertThat(c.origin()).isEqualTo(ManualCancelFixture.class.getName() + ".canceller(GroupSignal)");
    assertThat(c.detail()).isEqualTo("backend unavailable");
    assertThat(c.failure()).isNull();
    assertThat(c.describe()).isEqualTo(description);
    assertEveryTestReportedOnce(run);
  }

  @Test
  void testsThatHadNotStartedNameTheReasonAndTheCaller() {
    RunResult run = Launch.of(ManualCancelSequentialFixture.class).run();

    assertPassed(run.test(ManualCancelSequentialFixture.class, "cancels"));
    assertThat(Journal.events()).contains("cancels goes on, isCancelled=true").doesNotContain("later");
    assertStoppedBeforeStart(
        run.test(ManualCancelSequentialFixture.class, "later"),
        onPurpose("manual-seq", ManualCancelSequentialFixture.class, "cancels(GroupSignal)", "enough for today"));
    assertThat(run.groups().cancellations("manual-seq")).extracting(GroupCancellation::reason)
        .containsExactly(CancelReason.ON_PURPOSE);
    assertEveryTestReportedOnce(run);
  }

  @Test
  void theCallerReportsItsOwnOutcomeEvenAFailure() {
    RunResult run = Launch.of(ManualCancelThenFailFixture.class).run();

    assertFailed(run.test(ManualCancelThenFailFixture.class, "cancelsThenFails"),
        AssertionFailedError.class, "own failure after cancelling");
    assertStoppedBeforeStart(
        run.test(ManualCancelThenFailFixture.class, "later"),
        onPurpose("manual-then-fail", ManualCancelThenFailFixture.class, "cancelsThenFails(GroupSignal)", "giving up"));
    assertThat(run.groups().cancellations("manual-then-fail")).hasSize(1);
    assertThat(run.groups().cancellations("manual-then-fail").get(0).reason()).isEqualTo(CancelReason.ON_PURPOSE);
    assertEveryTestReportedOnce(run);
  }

  /** A signal declared as a constructor parameter (PER_METHOD) still names the calling test. */
  @Test
  void aSignalFromTheConstructorNamesTheCallingTest() {
    RunResult run = Launch.of(ConstructorSignalCancelFixture.class).run();

    assertPassed(run.test(ConstructorSignalCancelFixture.class, "cancels"));
    assertThat(Journal.events()).contains("cancels goes on: interrupted=false").doesNotContain("later");
    assertStoppedBeforeStart(
        run.test(ConstructorSignalCancelFixture.class, "later"),
        onPurpose("manual-ctor", ConstructorSignalCancelFixture.class, "cancels", "from a constructor signal"));
    assertEveryTestReportedOnce(run);
  }
}
