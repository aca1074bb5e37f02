package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.whole.WholeStopDisabledFixture;
import dev.failfast.junit.fixtures.whole.WholeStopFirstFixture;
import dev.failfast.junit.fixtures.whole.WholeStopLaterFixture;
import dev.failfast.junit.fixtures.whole.WholeStopRace;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import dev.failfast.junit.stop.WholeStop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * docs/rules.md G4.1: under failfast's test JVM ({@link WholeStop#PARAMETER}), a container that has
 * not started when its group is cancelled is stopped whole; under any other launcher each test is
 * stopped at its own gate, so its tool counts every test.
 */
class WholeStopTest {

  private static final String DESCRIPTION =
      fatal("whole", WholeStopFirstFixture.class, "fails", "IllegalStateException: whole group down");
  private static final String STOP = "stopped: " + DESCRIPTION;

  private static Launch launch(Class<?>... classes) {
    return Launch.of(classes).classesInOrder();
  }

  @Test
  void aContainerThatHasNotStartedRunsNothingAndIsOneStoppedContainer() {
    RunResult run = launch(WholeStopFirstFixture.class, WholeStopLaterFixture.class, WholeStopDisabledFixture.class)
        .wholeStops().run();

    // nothing of what had not started ran: no instance, @BeforeAll, argument source or factory
    assertThat(Journal.count("instances")).as("%s", run).isZero();
    assertThat(Journal.count("beforeAll")).as("%s", run).isZero();
    assertThat(Journal.count("arguments")).as("%s", run).isZero();
    assertThat(Journal.count("factories")).as("%s", run).isZero();
    assertThat(Journal.events()).noneMatch(e -> e.startsWith("WholeStopLaterFixture."));

    // the class that had started stops the rest of it whole: its test is one stopped result that
    // never started (no instance, no @BeforeEach), and its template and factory, like the class
    // that had not started, are each one skipped container with the stop as its reason, recorded
    // as stopped
    TestResult later = run.test(WholeStopFirstFixture.class, "later");
    assertStoppedBeforeStart(later, DESCRIPTION);
    assertThat(later.wasStarted()).as("%s", run).isFalse();
    assertThat(later.wasStoppedWhole()).as("%s", run).isTrue();
    assertThat(Journal.count("WholeStopFirstFixture.beforeEach")).as("only fails() began").isEqualTo(1);
    List<TestResult> stoppedWhole = List.of(container(run, "template"), container(run, "factory"),
        run.container(WholeStopLaterFixture.class));
    for (TestResult container : stoppedWhole) {
      assertThat(container.status()).as("%s", run).isEqualTo(Status.SKIPPED);
      assertThat(container.message()).as("%s", run).isEqualTo(STOP);
      assertThat(container.wasStoppedWhole()).as("%s recorded as stopped", container).isTrue();
    }
    // JUnit starts none of its tests; each is reported stopped with the group's message, the
    // nested class's included (by failfast's listener and build JVM, here by the harness)
    List<TestResult> laterClass = run.tests(t -> t.className().startsWith(WholeStopLaterFixture.class.getName()));
    assertThat(laterClass).extracting(TestResult::methodName).containsExactlyInAnyOrder("one", "nestedOne");
    for (TestResult test : laterClass) {
      assertThat(test.wasStarted()).as("%s", test).isFalse();
      assertStoppedBeforeStart(test, DESCRIPTION);
    }

    // a class disabled with a stop-like reason stays skipped: it is not recorded as stopped
    TestResult disabled = run.container(WholeStopDisabledFixture.class);
    assertThat(disabled.message()).isEqualTo("stopped: by hand");
    assertThat(disabled.wasStoppedWhole()).isFalse();
  }

  @Test
  void underAnotherLauncherEachTestOfAClassThatHasNotStartedIsStoppedAtItsGate() {
    // (JUnit reports nothing for the test of a disabled class, which the harness would take for a lost test)
    RunResult run = launch(WholeStopFirstFixture.class, WholeStopLaterFixture.class).run();

    assertStoppedBeforeStart(run.test(WholeStopLaterFixture.class, "one"), DESCRIPTION);
    assertThat(run.invocations(WholeStopLaterFixture.class, "template"))
        .as("%s", run).hasSize(3).allMatch(t -> t.status() == Status.STOPPED);
    assertThat(Journal.count("beforeAll")).as("%s", run).isZero();
    assertThat(run.all()).noneMatch(TestResult::wasStoppedWhole);
    assertEveryTestReportedOnce(run);
  }

  /**
   * Launches share unique ids (failfast's test JVM runs each rerun as a launch of its own, and two
   * reruns of tests of one class may both find their group cancelled): when a second launch stops
   * the same class whole while the first has yet to report its stop, each still learns its own
   * stop. The outer launch's listener runs the inner launch between its condition's stop and its
   * own question, which is when the two overlap.
   */
  @Test
  void twoLaunchesThatStopTheSameClassWholeEachLearnTheirStop() {
    String later = WholeStopLaterFixture.class.getName();
    List<Boolean> stops = new ArrayList<>();
    execute(new TestExecutionListener() {
      @Override
      public void executionSkipped(TestIdentifier identifier, String reason) {
        if (identifier.getLegacyReportingName().equals(later)) {
          execute(new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier inner, String innerReason) {
              if (inner.getLegacyReportingName().equals(later)) {
                stops.add(WholeStop.wasStopped(inner.getUniqueId()));
              }
            }
          });
          stops.add(WholeStop.wasStopped(identifier.getUniqueId()));
        }
      }
    });

    assertThat(stops).as("the inner launch's stop, then the outer's").containsExactly(true, true);
  }

  /** One launch of {@link WholeStopFirstFixture} (which cancels) and {@link WholeStopLaterFixture}, in order. */
  private static void execute(TestExecutionListener listener) {
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(WholeStopFirstFixture.class), selectClass(WholeStopLaterFixture.class))
        .configurationParameter(WholeStop.PARAMETER, "true")
        .configurationParameter(
            "junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
        .enableImplicitConfigurationParameters(false)
        .build(), listener);
  }

  /**
   * Under repetition, classes starting concurrently while their group is cancelled: each is either
   * stopped whole (no instance, no {@code @BeforeAll}, each test stopped) or started (each test
   * passed or stopped at its gate), and every test is reported once (docs/rules.md G10).
   */
  @Test
  void aClassIsEitherStoppedWholeOrStartedWhateverTheRace() {
    int repetitions = Integer.getInteger("failfast.stress.repetitions", 20);
    String description =
        fatal("race", WholeStopRace.Fails.class, "fails", "IllegalStateException: race lost");
    int stoppedWhole = 0;
    for (int repetition = 0; repetition < repetitions; repetition++) {
      List<Class<?>> classes = new ArrayList<>(List.of(WholeStopRace.Fails.class));
      classes.addAll(WholeStopRace.MEMBERS);
      RunResult run = Launch.of(classes).wholeStops().classesInOrder().parallelism(4)
          .param("junit.jupiter.execution.parallel.mode.default", "concurrent").run();
      String where = "repetition " + repetition + "\n" + run;

      assertThat(run.oneOutcomeViolations()).as(where).isEmpty();
      for (Class<?> member : WholeStopRace.MEMBERS) {
        String name = member.getSimpleName();
        List<TestResult> tests = run.testsOf(member);
        // one() and two(), and the template's two invocations unless it was stopped whole before it made them
        assertThat(tests).as(where).extracting(TestResult::methodName).contains("one", "two").hasSizeBetween(2, 4);
        if (run.container(member).wasStoppedWhole()) {
          stoppedWhole++;
          assertThat(Journal.count(name + ".instances") + Journal.count(name + ".beforeAll")).as(where).isZero();
          tests.forEach(t -> assertStoppedBeforeStart(t, description));
        } else {
          assertThat(tests).as(where).allMatch(t -> t.status() == Status.PASSED || t.status() == Status.STOPPED);
        }
      }
    }
    System.out.printf("WholeStopTest: %d of %d classes stopped whole%n", stoppedWhole,
        repetitions * WholeStopRace.MEMBERS.size());
    assertThat(stoppedWhole).as("the race was run: some classes were still to start").isPositive();
  }

  /** The container of {@link WholeStopFirstFixture}'s template or factory method. */
  private static TestResult container(RunResult run, String method) {
    return run.all().stream()
        .filter(r -> !r.isTest() && WholeStopFirstFixture.class.getName().equals(r.className())
            && method.equals(r.methodName()))
        .findFirst().orElseThrow(() -> new AssertionError(method + " container\n" + run));
  }
}
