package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.classify.PomGroups;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.fork.fixtures.executions.AnnotatedMemberFixture;
import dev.failfast.junit.fork.fixtures.executions.PomMemberFixture;
import dev.failfast.junit.fork.fixtures.executions.PomQuickFixture;
import dev.failfast.junit.fork.fixtures.executions.StubbornGroupFixture;
import dev.failfast.junit.fork.fixtures.executions.UngroupedOnMainFixture;
import dev.failfast.junit.fork.fixtures.turns.SetUpFirstFixture;
import dev.failfast.junit.fork.fixtures.turns.SetUpLaterFixture;
import dev.failfast.junit.fork.fixtures.unrecoverable.GroupedBesideFixture;
import dev.failfast.junit.fork.fixtures.unrecoverable.UnrecoverableFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md G9 and G11 in a real test JVM: ungrouped classes as under Surefire, the groups
 * concurrently beside them.
 */
class ForkExecutionsTest {

  /** As the plugin sets it for pom groups, whose classes carry no annotation that registers failfast. */
  private static final String AUTODETECTION = "junit.jupiter.extensions.autodetection.enabled";

  /**
   * The ungrouped test checks its own thread (main, not a daemon) and meets a member of an
   * annotated group and one of a pom group at a barrier: all three ran at the same time.
   */
  @Test
  void anUngroupedTestRunsOnTheMainThreadWhileTheGroupsRunBesideIt() throws Exception {
    Run run = fork(settings(List.of(UngroupedOnMainFixture.class, AnnotatedMemberFixture.class, PomMemberFixture.class),
        Map.of(PomGroups.memberKey(PomMemberFixture.class.getName()), "pom", AUTODETECTION, "true")));

    assertThat(run.exitCode()).isZero();
    assertThat(run.result(UngroupedOnMainFixture.class.getName(), "runsOnMainBesideTheGroups()"))
        .satisfies(result -> assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PASSED));
    assertThat(run.outcome(AnnotatedMemberFixture.class.getName(), "meetsTheOthers()")).isEqualTo(Outcome.PASSED);
    assertThat(run.outcome(PomMemberFixture.class.getName(), "meetsTheOthers()")).isEqualTo(Outcome.PASSED);
    run.assertOneResultEach();
  }

  /**
   * A pom group does not wait behind another group's test that ignores its interrupt: its test
   * finishes while that test, within its grace, still runs (and waits for it).
   */
  @Test
  void aPomGroupFinishesWhileAStubbornTestOfAnotherGroupIsInItsGrace() throws Exception {
    Run run = fork(settings(List.of(StubbornGroupFixture.class, PomQuickFixture.class),
        Map.of(PomGroups.memberKey(PomQuickFixture.class.getName()), "db", FailFastConfiguration.GRACE, "60s",
            AUTODETECTION, "true")));

    assertThat(run.exitCode()).isZero();
    String stubborn = StubbornGroupFixture.class.getName();
    assertThat(run.outcome(stubborn, "cancelsTheGroup()")).isEqualTo(Outcome.ERROR);
    TestResult stubbornResult = run.result(stubborn, "ignoresItsInterrupt()");
    assertThat(stubbornResult.outcome()).as(stubbornResult.message()).isIn(Outcome.PASSED, Outcome.STOPPED);
    assertThat(run.outcome(PomQuickFixture.class.getName(), "runsWhileTheStubbornTestIsInGrace()"))
        .isEqualTo(Outcome.PASSED);
    assertThat(run.finishedAt(run.test(PomQuickFixture.class.getName(), "runsWhileTheStubbornTestIsInGrace()")))
        .isLessThan(run.finishedAt(run.test(stubborn, "ignoresItsInterrupt()")));
    assertThat(run.tags()).doesNotContain("memberOverdue");
    run.assertOneResultEach();
  }

  /**
   * JUnit rethrows an error it takes for unrecoverable out of the execution of the thread it
   * happened on, here the main thread: its plan's tests without a result get that error, as when
   * an engine fails, and the rest of the run goes on to its end.
   */
  @Test
  void anUnrecoverableErrorOnTheMainThreadEndsItsExecutionNotTheRun() throws Exception {
    Run run = fork(settings(List.of(UnrecoverableFixture.class, GroupedBesideFixture.class), Map.of()));

    assertThat(run.exitCode()).isZero();
    assertThat(run.tags()).last().isEqualTo("runFinished");
    String fixture = UnrecoverableFixture.class.getName();
    for (String test : List.of("runsOutOfMemory()", "neverRuns()")) {
      TestResult result = run.result(fixture, test);
      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.throwableType()).isEqualTo(OutOfMemoryError.class.getName());
      assertThat(result.message()).isEqualTo("simulated: the heap is gone");
    }
    assertThat(run.outcome(GroupedBesideFixture.class.getName(), "passes()")).isEqualTo(Outcome.PASSED);
    run.assertOneResultEach();
  }

  /**
   * The classes of a sequential group run in the groups' concurrent execution, yet a class sets
   * up in its turn: one the group's cancellation stops before its turn runs no {@code @BeforeAll}.
   */
  @RepeatedTest(3)
  void aClassOfACancelledSequentialGroupNeverSetsUp() throws Exception {
    Run run = fork(settings(List.of(SetUpFirstFixture.class, SetUpLaterFixture.class), Map.of(
        PomGroups.memberKey(SetUpFirstFixture.class.getName()), "sequential",
        PomGroups.memberKey(SetUpLaterFixture.class.getName()), "sequential",
        PomGroups.settingKey("sequential", PomGroups.PARALLEL), "false",
        AUTODETECTION, "true")));

    assertThat(run.exitCode()).isZero();
    assertThat(run.outcome(SetUpFirstFixture.class.getName(), "cancelsTheGroup()")).isEqualTo(Outcome.ERROR);
    assertThat(run.outcome(SetUpLaterFixture.class.getName(), "wouldRun()")).isEqualTo(Outcome.STOPPED);
    assertThat(run.events()).noneSatisfy(event -> assertThat(event).contains("SetUpLaterFixture set up" + System.lineSeparator()));
    run.assertOneResultEach();
  }
}
