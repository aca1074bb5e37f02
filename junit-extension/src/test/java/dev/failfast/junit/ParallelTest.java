package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.Sync;
import dev.failfast.junit.fixtures.parallel.OverlapFirstFixture;
import dev.failfast.junit.fixtures.parallel.OverlapOtherGroupFixture;
import dev.failfast.junit.fixtures.parallel.OverlapSecondFixture;
import dev.failfast.junit.fixtures.parallel.PomSequentialFixture;
import dev.failfast.junit.fixtures.parallel.SequentialGroupFixture;
import dev.failfast.junit.fixtures.parallel.SequentialGroupSecondFixture;
import dev.failfast.junit.fixtures.parallel.UngroupedAFixture;
import dev.failfast.junit.fixtures.parallel.UngroupedBFixture;
import dev.failfast.junit.fixtures.parallel.UngroupedCFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * docs/rules.md G9: members run concurrently, with other groups too; ungrouped classes and
 * parallel=false groups do not.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class ParallelTest {

  /** Four tests in two classes of one group and a class of another group meet at one barrier. */
  @Test
  void membersRunConcurrentlyWithEachOtherAndWithOtherGroups() {
    RunResult run = Launch.of(OverlapFirstFixture.class, OverlapSecondFixture.class, OverlapOtherGroupFixture.class).run();

    assertPassed(run.test(OverlapFirstFixture.class, "a"));
    assertPassed(run.test(OverlapFirstFixture.class, "b"));
    assertPassed(run.test(OverlapSecondFixture.class, "c"));
    assertPassed(run.test(OverlapOtherGroupFixture.class, "d"));
    assertThat(run.groups().cancellations()).isEmpty();
    assertEveryTestReportedOnce(run);
  }

  /** Adopting failfast never makes ungrouped classes concurrent (default Jupiter mode: same_thread). */
  @Test
  void ungroupedClassesStaySequential() {
    RunResult run = Launch.of(
            UngroupedAFixture.class, UngroupedBFixture.class, UngroupedCFixture.class,
            OverlapFirstFixture.class, OverlapSecondFixture.class, OverlapOtherGroupFixture.class)
        .run();

    List<TestResult> ungrouped = run.tests(t -> t.className().contains(".Ungrouped"));
    assertThat(ungrouped).hasSize(9);
    ungrouped.forEach(t -> assertPassed(t));
    assertThat(Sync.gauge("ungrouped").max()).as("ungrouped tests running at once").isEqualTo(1);
    // the groups in the same launch still overlapped
    assertPassed(run.test(OverlapOtherGroupFixture.class, "d"));
    assertEveryTestReportedOnce(run);
  }

  /** parallel = false: one test of the group at a time, across its classes. */
  @RepeatedTest(3)
  void aSequentialGroupRunsOneTestAtATime() {
    RunResult run = Launch.of(SequentialGroupFixture.class, SequentialGroupSecondFixture.class).run();

    List<TestResult> tests = run.tests();
    assertThat(tests).hasSize(10);
    tests.forEach(t -> assertPassed(t));
    assertThat(Sync.gauge("sequential").max()).as("tests of the sequential group running at once").isEqualTo(1);
    List<String> ran = ranOrder();
    System.out.println("sequential group order: " + ran);
    // one at a time, in a deterministic order: the class's @Order is kept
    assertThat(ran.stream().filter(n -> n.startsWith("t")).collect(Collectors.toList()))
        .containsExactly("t1", "t2", "t3", "t4", "t5", "t6");
    assertEveryTestReportedOnce(run);
  }

  /** A group the pom makes sequential takes turns for its annotated classes too. */
  @Test
  void aPomGroupsParallelFalseAppliesToItsAnnotatedClasses() {
    RunResult run = Launch.of(PomSequentialFixture.class)
        .param("failfast.group.pom-sequential.parallel", "false")
        .run();

    run.tests().forEach(t -> assertPassed(t));
    assertThat(Sync.gauge("pom-sequential").max()).as("tests of the pom-sequential group running at once").isEqualTo(1);
    assertEveryTestReportedOnce(run);
  }

  /** parallel = false: after its first fatal failure every later test is stopped, none runs. */
  @RepeatedTest(3)
  void aSequentialGroupStopsAfterItsFirstFatalFailure() {
    RunResult run = Launch.of(SequentialGroupFixture.class, SequentialGroupSecondFixture.class)
        .setting("sequential.fail", "true")
        .run();

    assertFailed(run.test(SequentialGroupFixture.class, "t4"), IllegalStateException.class, "sequential failure");
    assertThat(Sync.gauge("sequential").max()).as("tests of the sequential group running at once").isEqualTo(1);
    List<String> ran = ranOrder();
    System.out.println("sequential group order (t4 fails): " + ran);
    assertThat(ran).as("no test ran after the failure").endsWith("t4");
    String description = fatal("sequential", SequentialGroupFixture.class, "t4", "IllegalStateException: sequential failure");
    for (TestResult t : run.tests()) {
      String name = t.methodName();
      if (name.equals("t4")) {
        continue;
      }
      if (ran.contains(name)) {
        assertPassed(t);
      } else {
        assertThat(t.status()).as("%s\n%s", t, run).isEqualTo(Status.STOPPED);
        assertThat(t.message()).startsWith("stopped: " + description);
      }
    }
    assertEveryTestReportedOnce(run);
  }

  private static List<String> ranOrder() {
    return Journal.events().stream()
        .filter(e -> e.startsWith("ran "))
        .map(e -> e.substring(4))
        .collect(Collectors.toList());
  }
}
