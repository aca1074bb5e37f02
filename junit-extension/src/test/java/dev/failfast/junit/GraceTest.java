package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStopped;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.grace.SwallowingFixture;
import dev.failfast.junit.fixtures.outcomes.OutcomesFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RecordingGroupListener;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.TestResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/rules.md G7: a running member that has not returned {@code grace} after the cancel is reported overdue. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class GraceTest {

  @ParameterizedTest(name = "failfast.grace={0}")
  @CsvSource({"200ms, 200 ms, 200", "1s, 1 s, 1000"})
  void aMemberThatSwallowsItsInterruptIsReportedStoppedAfterTheGrace(
      String grace, String printed, long graceMillis) {
    RunResult run = Launch.of(SwallowingFixture.class).param("failfast.grace", grace).run();

    String description = fatal("swallow", SwallowingFixture.class, "fails", "IllegalStateException: grace boom");
    assertFailed(run.test(SwallowingFixture.class, "fails"), IllegalStateException.class, "grace boom");
    TestResult swallower = run.test(SwallowingFixture.class, "swallower");
    assertStopped(swallower, description);
    assertThat(swallower.message()).contains("did not stop within " + printed);
    assertThat(Journal.events())
        .contains("swallower swallowed an interrupt", "swallower released after overdue report");

    // the cause carries the stack captured while the member was overdue
    boolean stackCaptured = false;
    for (Throwable c = swallower.throwable().getCause(); c != null; c = c.getCause()) {
      stackCaptured |= Arrays.stream(c.getStackTrace()).anyMatch(e -> e.getMethodName().equals("swallower"));
    }
    assertThat(stackCaptured).as("a cause of %s carries the swallower's stack", swallower).isTrue();

    assertThat(run.groups().overdue()).as("memberOverdue events").hasSize(1);
    RecordingGroupListener.Overdue overdue = run.groups().overdue().get(0);
    assertThat(overdue.test()).contains("swallower");
    assertThat(overdue.grace()).isEqualTo(Duration.ofMillis(graceMillis));
    assertThat(overdue.stack()).anyMatch(e -> e.getMethodName().equals("swallower"));
    assertThat(overdue.cancellation().describe()).isEqualTo(description);
    // cleanup ran, and without a pending interrupt
    assertThat(Journal.events()).contains("swallow.afterEach");
    assertThat(Journal.interruptedAtStart()).isEmpty();
    assertEveryTestReportedOnce(run);
  }

  @Test
  void aGraceInMinutesIsAccepted() {
    RunResult run = Launch.of(OutcomesFixture.class).param("failfast.grace", "2m").run();

    assertPassed(run.test(OutcomesFixture.class, "passes"));
    assertEveryTestReportedOnce(run);
  }
}
