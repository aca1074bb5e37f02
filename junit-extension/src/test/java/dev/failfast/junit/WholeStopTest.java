package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.whole.WholeStopDisabledFixture;
import dev.failfast.junit.fixtures.whole.WholeStopFirstFixture;
import dev.failfast.junit.fixtures.whole.WholeStopLaterFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import dev.failfast.junit.stop.WholeStop;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md G4.1: under failfast's test JVM ({@link WholeStop#PARAMETER}), a container that has
 * not started when its group is cancelled is stopped whole; under any other launcher each test is
 * stopped at its own gate, so its tool counts every test.
 */
class WholeStopTest {

  private static final String STOP = "stopped: "
      + fatal("whole", WholeStopFirstFixture.class, "fails", "IllegalStateException: whole group down");

  private static Launch launch(Class<?>... classes) {
    return Launch.of(classes).classesInOrder();
  }

  @Test
  void aContainerThatHasNotStartedRunsNothingAndIsOneStoppedContainer() {
    RunResult run = launch(WholeStopFirstFixture.class, WholeStopLaterFixture.class, WholeStopDisabledFixture.class)
        .param(WholeStop.PARAMETER, "true").run();

    // nothing of what had not started ran: no instance, @BeforeAll, argument source or factory
    assertThat(Journal.count("instances")).as("%s", run).isZero();
    assertThat(Journal.count("beforeAll")).as("%s", run).isZero();
    assertThat(Journal.count("arguments")).as("%s", run).isZero();
    assertThat(Journal.count("factories")).as("%s", run).isZero();
    assertThat(Journal.events()).noneMatch(e -> e.startsWith("WholeStopLaterFixture."));

    // the class that had started keeps its per-test stop for its test...
    assertStoppedBeforeStart(run.test(WholeStopFirstFixture.class, "later"), STOP.substring("stopped: ".length()));
    // ...while its template and factory, and the class that had not started, are stopped whole
    List<TestResult> stoppedWhole = List.of(container(run, "template"), container(run, "factory"),
        run.container(WholeStopLaterFixture.class));
    for (TestResult container : stoppedWhole) {
      assertThat(container.status()).as("%s", run).isEqualTo(Status.SKIPPED);
      assertThat(container.message()).as("%s", run).isEqualTo(STOP);
      assertThat(WholeStop.wasStopped(container.uniqueId())).as("%s recorded as stopped", container).isTrue();
    }
    // JUnit reports nothing under a skipped container: its tests are the test JVM's listener's to report
    assertThat(run.testsOf(WholeStopLaterFixture.class)).allMatch(t -> t.terminalEvents() == 0);

    // a class disabled with a stop-like reason stays skipped: it is not recorded as stopped
    TestResult disabled = run.container(WholeStopDisabledFixture.class);
    assertThat(disabled.message()).isEqualTo("stopped: by hand");
    assertThat(WholeStop.wasStopped(disabled.uniqueId())).isFalse();
  }

  @Test
  void underAnotherLauncherEachTestOfAClassThatHasNotStartedIsStoppedAtItsGate() {
    // (JUnit reports nothing for the test of a disabled class, which the harness would take for a lost test)
    RunResult run = launch(WholeStopFirstFixture.class, WholeStopLaterFixture.class).run();

    assertStoppedBeforeStart(run.test(WholeStopLaterFixture.class, "one"), STOP.substring("stopped: ".length()));
    assertThat(run.invocations(WholeStopLaterFixture.class, "template"))
        .as("%s", run).hasSize(3).allMatch(t -> t.status() == Status.STOPPED);
    assertThat(Journal.count("beforeAll")).as("%s", run).isZero();
    assertThat(run.all()).noneMatch(r -> WholeStop.wasStopped(r.uniqueId()));
    assertEveryTestReportedOnce(run);
  }

  /** The container of {@link WholeStopFirstFixture}'s template or factory method. */
  private static TestResult container(RunResult run, String method) {
    return run.all().stream()
        .filter(r -> !r.isTest() && WholeStopFirstFixture.class.getName().equals(r.className())
            && method.equals(r.methodName()))
        .findFirst().orElseThrow(() -> new AssertionError(method + " container\n" + run));
  }
}
