package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStopped;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.assertStoppedWhileRunning;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.lifecycle.NotStartedFixture;
import dev.failfast.junit.fixtures.lifecycle.NotStartedLaterFixture;
import dev.failfast.junit.fixtures.running.AlsoFailedFixture;
import dev.failfast.junit.fixtures.running.NoInterruptFixture;
import dev.failfast.junit.fixtures.running.RunningMembersFixture;
import dev.failfast.junit.group.CancelReason;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RecordingGroupListener;
import dev.failfast.junit.harness.RunResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** docs/rules.md G4: the first fatal failure cancels the group: not started never starts, running is interrupted. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class CancellationTest {

  /** docs/rules.md G4.1: tests and classes that had not started never start, and are reported stopped. */
  @Test
  void testsAndClassesThatHaveNotStartedNeverStartAndAreReportedStopped() {
    RunResult run = Launch.of(NotStartedFixture.class, NotStartedLaterFixture.class).classesInOrder().run();

    String description =
        fatal("not-started", NotStartedFixture.class, "second", "IllegalStateException: broken fixture");
    assertPassed(run.test(NotStartedFixture.class, "first"));
    assertFailed(run.test(NotStartedFixture.class, "second"), IllegalStateException.class, "broken fixture");
    assertStoppedBeforeStart(run.test(NotStartedFixture.class, "third"), description);
    assertStoppedBeforeStart(run.test(NotStartedFixture.class, "fourth"), description);
    assertStoppedBeforeStart(run.test(NotStartedLaterFixture.class, "one"), description);
    assertStoppedBeforeStart(run.test(NotStartedLaterFixture.class, "two"), description);

    List<String> journal = Journal.events();
    // nothing of a test that never started ran: no @BeforeEach, body or @AfterEach. Its instance may
    // be built: Jupiter constructs it before it evaluates conditions such as @Disabled.
    assertThat(journal)
        .doesNotContain(
            "NotStartedFixture.beforeEach:third", "NotStartedFixture.third", "NotStartedFixture.afterEach:third",
            "NotStartedFixture.beforeEach:fourth", "NotStartedFixture.fourth", "NotStartedFixture.afterEach:fourth");
    // the cleanup of what started still runs
    assertThat(journal).contains("NotStartedFixture.afterEach:second", "NotStartedFixture.afterAll");
    // a class that had not started runs no @BeforeAll, @AfterAll, or anything but constructors
    assertThat(journal).noneMatch(e -> e.startsWith("NotStartedLaterFixture.") && !e.endsWith(".<init>"));

    List<GroupCancellation> cancellations = run.groups().cancellations("not-started");
    assertThat(cancellations).as("%s", run).hasSize(1);
    GroupCancellation c = cancellations.get(0);
    assertThat(c.reason()).isEqualTo(CancelReason.FATAL_FAILURE);
    assertThat(c.scope()).isEqualTo("not-started");
    assertThat(c.describe()).isEqualTo(description);
    assertThat(c.failure()).isInstanceOf(IllegalStateException.class).hasMessage("broken fixture");
    assertThat(run.groups().alsoFailed()).isEmpty();
    assertEveryTestReportedOnce(run);
  }

  /**
   * docs/rules.md G4.2 and G4.3: members blocked in sleep, wait, join and a queue are interrupted and reported
   * stopped with what they ended with; pollers see isCancelled turn true; cleanup runs without a
   * pending interrupt; the group settles once they all returned.
   */
  @Test
  void runningMembersAreInterruptedAndReportedStoppedWithWhatTheyEndedWith() {
    RunResult run = Launch.of(RunningMembersFixture.class).parallelism(12).run();

    String description = fatal(
        "running", RunningMembersFixture.class, "fails", "IllegalStateException: database is gone");
    assertFailed(run.test(RunningMembersFixture.class, "fails"), IllegalStateException.class, "database is gone");
    for (String blocker : List.of("sleeps", "waitsOnMonitor", "joinsThread", "takesFromQueue")) {
      assertStoppedWhileRunning(
          run.test(RunningMembersFixture.class, blocker), description, InterruptedException.class);
      assertThat(Journal.events()).as("%s was interrupted", blocker)
          .anyMatch(e -> e.startsWith(blocker + " interrupted, isCancelled="));
    }
    // polling members that return normally once cancelled pass
    assertPassed(run.test(RunningMembersFixture.class, "awaitsSignal"));
    assertThat(Journal.events()).contains("awaitsSignal returned true");
    assertPassed(run.test(RunningMembersFixture.class, "pollsIsCancelled"));
    assertThat(Journal.events()).contains("pollsIsCancelled saw the cancellation");
    // throwIfCancelled ends the test as stopped
    assertStopped(run.test(RunningMembersFixture.class, "throwsIfCancelled"), description);

    // cleanup of every member ran, none of it with a pending interrupt
    for (String test : List.of("fails", "sleeps", "waitsOnMonitor", "joinsThread", "takesFromQueue",
        "awaitsSignal", "pollsIsCancelled", "throwsIfCancelled")) {
      assertThat(Journal.events()).contains("afterEach:" + test);
    }
    assertThat(Journal.interruptedAtStart()).as("started with a pending interrupt").isEmpty();

    RecordingGroupListener groups = run.groups();
    assertThat(groups.cancellations()).as("%s", run).hasSize(1);
    GroupCancellation c = groups.cancellations().get(0);
    assertThat(c.reason()).isEqualTo(CancelReason.FATAL_FAILURE);
    assertThat(c.origin()).isEqualTo(RunningMembersFixture.class.getName() + ".fails()");
    assertThat(c.detail()).isEqualTo("IllegalStateException: database is gone");
    assertThat(c.failure()).isInstanceOf(IllegalStateException.class);
    assertThat(c.interruptedMembers()).as("members running at the cancel").isGreaterThanOrEqualTo(RunningMembersFixture.MEMBERS);

    // docs/rules.md G4.3: cancel and await: settled once, after every running member had returned
    assertThat(groups.settled("running")).hasSize(1);
    RecordingGroupListener.Settled settled = groups.settled("running").get(0);
    assertThat(settled.latencyNanos()).isNotNegative();
    assertThat(settled.journalAtSettle())
        .as("journal when the group settled")
        .contains("awaitsSignal returned true", "pollsIsCancelled saw the cancellation");
    for (String blocker : List.of("sleeps", "waitsOnMonitor", "joinsThread", "takesFromQueue")) {
      assertThat(settled.journalAtSettle()).as("journal when the group settled")
          .anyMatch(e -> e.startsWith(blocker + " interrupted, isCancelled="));
    }
    assertThat(run.launcherThreadInterrupted()).isFalse();
    assertEveryTestReportedOnce(run);
  }

  /**
   * docs/rules.md G4.2: a member woken by the cancellation's interrupt already sees isCancelled() true, so it
   * can tell the cancellation from another interrupt. Repeated: the order is a race if it is wrong.
   */
  @RepeatedTest(3)
  void aMemberWokenByTheCancellationsInterruptSeesIsCancelledTrue() {
    RunResult run = Launch.of(RunningMembersFixture.class).parallelism(12).run();

    assertFailed(run.test(RunningMembersFixture.class, "fails"), IllegalStateException.class, "database is gone");
    for (String blocker : List.of("sleeps", "waitsOnMonitor", "joinsThread", "takesFromQueue")) {
      assertThat(Journal.events()).as("%s saw the cancellation when its interrupt woke it", blocker)
          .contains(blocker + " interrupted, isCancelled=true");
    }
  }

  /**
   * docs/rules.md G4.4: a fatal failure that arrives after the cancel, from a member that was not running at the
   * cancel, is reported as the failure it is and named "also failed".
   */
  @Test
  void aLaterFatalFailureIsReportedAsTheFailureItIsAndPublishedAsAlsoFailed() {
    RunResult run = Launch.of(AlsoFailedFixture.class).run();

    assertFailed(run.test(AlsoFailedFixture.class, "fails"), IllegalStateException.class, "first failure");
    assertFailed(run.test(AlsoFailedFixture.class, "quiet"), IllegalStateException.class, "late failure");
    assertThat(Journal.events()).contains("also.quiet", "quiet afterEach: cancelled=true");

    assertThat(run.groups().cancellations("also")).as("%s", run).hasSize(1);
    assertThat(run.groups().cancellations("also").get(0).origin())
        .isEqualTo(AlsoFailedFixture.class.getName() + ".fails()");
    assertThat(run.groups().alsoFailed()).as("alsoFailed events").hasSize(1);
    RecordingGroupListener.AlsoFailed also = run.groups().alsoFailed().get(0);
    // the failing method may be named as the @AfterEach method; the test id is the test's
    assertThat(also.testId()).contains("quiet()");
    assertThat(also.failure()).isInstanceOf(IllegalStateException.class).hasMessage("late failure");
    assertThat(also.cancellation().origin()).isEqualTo(AlsoFailedFixture.class.getName() + ".fails()");
    assertEveryTestReportedOnce(run);
  }

  /** failfast.interrupt=false: running members are not interrupted, but see the signal. */
  @Test
  void withInterruptDisabledRunningMembersSeeTheSignalWithoutAnInterrupt() {
    RunResult run = Launch.of(NoInterruptFixture.class).param("failfast.interrupt", "false").run();

    assertFailed(run.test(NoInterruptFixture.class, "fails"), IllegalStateException.class, "no interrupt please");
    assertPassed(run.test(NoInterruptFixture.class, "polls"));
    assertThat(Journal.events()).contains("polls: cancelled=true interrupted=false");
    assertThat(Journal.interruptedAtStart()).isEmpty();
    assertEveryTestReportedOnce(run);
  }
}
