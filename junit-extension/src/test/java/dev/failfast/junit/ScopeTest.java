package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.assertStoppedWhileRunning;
import static dev.failfast.junit.harness.Outcomes.runFatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.scope.RunScopeGroupAFixture;
import dev.failfast.junit.fixtures.scope.RunScopeGroupBFixture;
import dev.failfast.junit.fixtures.scope.RunScopeLaterUngroupedFixture;
import dev.failfast.junit.fixtures.scope.RunScopeUngroupedFixture;
import dev.failfast.junit.fixtures.scope.ScopeBystanderFixture;
import dev.failfast.junit.fixtures.scope.ScopeFailingFixture;
import dev.failfast.junit.fixtures.scope.ScopeUngroupedFixture;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** docs/rules.md G8: scope=group touches nothing outside the group; scope=run cancels everything. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class ScopeTest {

  @Test
  void byDefaultAGroupsCancellationLeavesOtherGroupsAndUngroupedTestsAlone() {
    RunResult run = Launch.of(ScopeFailingFixture.class, ScopeBystanderFixture.class, ScopeUngroupedFixture.class).run();

    assertFailed(run.test(ScopeFailingFixture.class, "fails"), IllegalStateException.class, "scope-a broke");
    assertPassed(run.test(ScopeBystanderFixture.class, "runsThrough"));
    assertPassed(run.test(ScopeBystanderFixture.class, "startsLater"));
    assertPassed(run.test(ScopeUngroupedFixture.class, "runsThrough"));
    assertPassed(run.test(ScopeUngroupedFixture.class, "startsLater"));
    assertThat(Journal.events()).contains(
        "scope-b after scope-a cancelled: isCancelled=false interrupted=false",
        "ungrouped after scope-a cancelled: interrupted=false");
    assertThat(run.groups().cancellations()).extracting(GroupCancellation::scope).containsExactly("scope-a");
    assertThat(Journal.interruptedAtStart()).isEmpty();
    assertEveryTestReportedOnce(run);
  }

  @Test
  void withScopeRunAnUngroupedFatalFailureCancelsTheWholeRun() {
    RunResult run = Launch.of(
            RunScopeUngroupedFixture.class, RunScopeLaterUngroupedFixture.class,
            RunScopeGroupAFixture.class, RunScopeGroupBFixture.class)
        .scopeRun()
        .classesInOrder()
        .run();

    String description = runFatal(RunScopeUngroupedFixture.class, "fails", "IllegalStateException: ungrouped boom");
    assertFailed(run.test(RunScopeUngroupedFixture.class, "fails"), IllegalStateException.class, "ungrouped boom");
    assertStoppedBeforeStart(run.test(RunScopeUngroupedFixture.class, "later"), description);
    assertStoppedBeforeStart(run.test(RunScopeLaterUngroupedFixture.class, "neverStarts"), description);
    assertStoppedWhileRunning(run.test(RunScopeGroupAFixture.class, "blocks"), description, InterruptedException.class);
    assertStoppedWhileRunning(run.test(RunScopeGroupBFixture.class, "blocks"), description, InterruptedException.class);

    assertThat(Journal.events())
        .contains("RunScopeGroupAFixture.afterEach", "RunScopeGroupBFixture.afterEach")
        .doesNotContain("RunScopeUngroupedFixture.later")
        .noneMatch(e -> e.startsWith("RunScopeLaterUngroupedFixture."));
    assertThat(run.groups().cancellations()).as("%s", run).hasSize(1);
    GroupCancellation c = run.groups().cancellations().get(0);
    assertThat(c.scope()).isNull();
    assertThat(c.scopeLabel()).isEqualTo("run");
    assertThat(c.describe()).isEqualTo(description);
    assertThat(Journal.interruptedAtStart()).isEmpty();
    assertEveryTestReportedOnce(run);
  }
}
