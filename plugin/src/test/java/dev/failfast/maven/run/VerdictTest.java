package dev.failfast.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.maven.report.Totals;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static final RunEnding FINISHED = new RunEnding(null, null);

  @Test
  void passesWithStoppedTestsAlone() {
    assertThat(new Verdict(false, false).failure(new Totals(5, 0, 0, 1, 3), FINISHED, null, "r")).isNull();
  }

  @Test
  void failsOnFailuresUnlessIgnored() {
    Totals totals = new Totals(5, 1, 1, 0, 0);
    assertThat(new Verdict(false, false).failure(totals, FINISHED, null, "r"))
        .isEqualTo("There are test failures: 1 failed, 1 in error. See r for the individual test results");
    assertThat(new Verdict(true, false).failure(totals, FINISHED, null, "r")).isNull();
  }

  @Test
  void aDeadTestJvmFailsEvenWhenFailuresAreIgnored() {
    RunEnding died = new RunEnding("the test JVM exited with code 3", "The test JVM died before the run finished");
    assertThat(new Verdict(true, false).failure(new Totals(1, 0, 1, 0, 0), died, null, "r"))
        .isEqualTo("The test JVM died before the run finished");
  }

  @Test
  void failOnStoppedAndAnUnmatchedFilterFail() {
    assertThat(new Verdict(false, true).failure(new Totals(2, 0, 0, 0, 2), FINISHED, null, "r"))
        .isEqualTo("2 tests were stopped and failOnStopped is set");
    assertThat(new Verdict(false, false).failure(Totals.ZERO, FINISHED, "OrderTest#x", "r"))
        .startsWith("No test matched -Dtest=OrderTest#x");
  }
}
