package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertAbortedByAssumption;
import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStopped;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.fatality.AnnotationOverridesConfigFixture;
import dev.failfast.junit.fixtures.fatality.CauseChainFixture;
import dev.failfast.junit.fixtures.fatality.ConfigDefaultsFixture;
import dev.failfast.junit.fixtures.fatality.NestedDecidesFixture;
import dev.failfast.junit.fixtures.fatality.NonFatalTypesFixture;
import dev.failfast.junit.fixtures.fatality.NonFatalWinsFixture;
import dev.failfast.junit.fixtures.lifecycle.AfterAllFailsFixture;
import dev.failfast.junit.fixtures.lifecycle.AfterAllFailsLaterFixture;
import dev.failfast.junit.fixtures.lifecycle.AfterEachFailsFixture;
import dev.failfast.junit.fixtures.lifecycle.BeforeAllFailsFixture;
import dev.failfast.junit.fixtures.lifecycle.BeforeAllFailsLaterFixture;
import dev.failfast.junit.fixtures.lifecycle.BeforeEachFailsFixture;
import dev.failfast.junit.fixtures.lifecycle.ConstructorFailsFixture;
import dev.failfast.junit.fixtures.lifecycle.ExtensionCallbackFailsFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.AssertionFailedError;

/** docs/rules.md G3 (what is a failure, what is fatal) and G5 (non-fatal failures do not cancel). */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class FatalityTest {

  // --- docs/rules.md G3: failures from lifecycle methods, constructors and extension callbacks count ---

  @Test
  void aFailingBeforeAllCancelsTheGroup() {
    RunResult run = Launch.of(BeforeAllFailsFixture.class, BeforeAllFailsLaterFixture.class).classesInOrder().run();

    TestResult container = run.container(BeforeAllFailsFixture.class);
    assertThat(container.status()).as("%s", run).isEqualTo(Status.FAILED);
    assertThat(container.throwable()).isInstanceOf(IllegalStateException.class).hasMessage("setup broke");
    for (String test : List.of("one", "two")) {
      TestResult t = run.test(BeforeAllFailsLaterFixture.class, test);
      assertStopped(t, "group 'lc-before-all' cancelled by fatal failure in " + BeforeAllFailsFixture.class.getName());
      assertThat(t.message()).endsWith(": IllegalStateException: setup broke").doesNotContain("was running");
    }
    assertThat(Journal.events()).doesNotContain("BeforeAllFailsFixture.test");
    assertThat(Journal.events()).noneMatch(e -> e.startsWith("BeforeAllFailsLaterFixture.") && !e.endsWith(".<init>"));
    assertThat(run.groups().cancellations("lc-before-all")).hasSize(1);
    assertEveryTestReportedOnce(run);
  }

  @Test
  void aFailingBeforeEachCancelsTheGroup() {
    RunResult run = Launch.of(BeforeEachFailsFixture.class).run();

    assertFailed(run.test(BeforeEachFailsFixture.class, "first"), IllegalStateException.class, "before each broke");
    // the origin is the test whose setup failed, or the @BeforeEach method itself
    assertStoppedBeforeStart(
        run.test(BeforeEachFailsFixture.class, "second"),
        fatal("lc-before-each", BeforeEachFailsFixture.class, "first", "IllegalStateException: before each broke"),
        fatal("lc-before-each", BeforeEachFailsFixture.class, "setUp(TestInfo)", "IllegalStateException: before each broke"));
    assertThat(Journal.events())
        .doesNotContain("BeforeEachFailsFixture.first", "BeforeEachFailsFixture.beforeEach:second",
            "BeforeEachFailsFixture.second", "BeforeEachFailsFixture.afterEach:second");
    assertEveryTestReportedOnce(run);
  }

  @Test
  void aFailingAfterEachCancelsTheGroup() {
    RunResult run = Launch.of(AfterEachFailsFixture.class).run();

    assertFailed(run.test(AfterEachFailsFixture.class, "first"), IllegalStateException.class, "after each broke");
    // the origin is the test whose cleanup failed, or the @AfterEach method itself
    assertStoppedBeforeStart(
        run.test(AfterEachFailsFixture.class, "second"),
        fatal("lc-after-each", AfterEachFailsFixture.class, "first", "IllegalStateException: after each broke"),
        fatal("lc-after-each", AfterEachFailsFixture.class, "tearDown(TestInfo)", "IllegalStateException: after each broke"));
    assertThat(Journal.events()).contains("AfterEachFailsFixture.first")
        .doesNotContain("AfterEachFailsFixture.beforeEach:second", "AfterEachFailsFixture.second");
    assertEveryTestReportedOnce(run);
  }

  @Test
  void aFailingConstructorCancelsTheGroup() {
    RunResult run = Launch.of(ConstructorFailsFixture.class).run();

    // the origin is the test whose instance could not be made, or the constructor itself
    String description =
        fatal("lc-constructor", ConstructorFailsFixture.class, "first", "IllegalStateException: constructor broke");
    String constructorOrigin = "group 'lc-constructor' cancelled by fatal failure in new "
        + ConstructorFailsFixture.class.getName() + "(): IllegalStateException: constructor broke";
    assertFailed(run.test(ConstructorFailsFixture.class, "first"), IllegalStateException.class, "constructor broke");
    assertStoppedBeforeStart(run.test(ConstructorFailsFixture.class, "second"), description, constructorOrigin);
    assertStoppedBeforeStart(run.test(ConstructorFailsFixture.class, "third"), description, constructorOrigin);
    // the stopped tests' instances may still be built (Jupiter builds them before evaluating
    // conditions), but none of their lifecycle methods or bodies run
    assertThat(Journal.events()).noneMatch(e -> e.startsWith("ConstructorFailsFixture.") && !e.endsWith(".<init>"));
    assertEveryTestReportedOnce(run);
  }

  @Test
  void aFailingAfterAllCancelsTheGroup() {
    RunResult run = Launch.of(AfterAllFailsFixture.class, AfterAllFailsLaterFixture.class).classesInOrder().run();

    assertPassed(run.test(AfterAllFailsFixture.class, "one"));
    assertPassed(run.test(AfterAllFailsFixture.class, "two"));
    TestResult container = run.container(AfterAllFailsFixture.class);
    assertThat(container.status()).as("%s", run).isEqualTo(Status.FAILED);
    assertThat(container.throwable()).isInstanceOf(IllegalStateException.class).hasMessage("teardown broke");
    for (String test : List.of("one", "two")) {
      TestResult t = run.test(AfterAllFailsLaterFixture.class, test);
      assertStopped(t, "group 'lc-after-all' cancelled by fatal failure in " + AfterAllFailsFixture.class.getName());
      assertThat(t.message()).endsWith(": IllegalStateException: teardown broke").doesNotContain("was running");
    }
    assertThat(Journal.events()).noneMatch(e -> e.startsWith("AfterAllFailsLaterFixture.") && !e.endsWith(".<init>"));
    assertEveryTestReportedOnce(run);
  }

  @Test
  void aFailingExtensionCallbackCancelsTheGroup() {
    RunResult run = Launch.of(ExtensionCallbackFailsFixture.class).run();

    assertFailed(run.test(ExtensionCallbackFailsFixture.class, "first"), IllegalStateException.class, "callback broke");
    assertStoppedBeforeStart(
        run.test(ExtensionCallbackFailsFixture.class, "second"),
        fatal("lc-callback", ExtensionCallbackFailsFixture.class, "first", "IllegalStateException: callback broke"));
    assertThat(Journal.events()).doesNotContain("ExtensionCallbackFailsFixture.second");
    assertEveryTestReportedOnce(run);
  }

  // --- docs/rules.md G3/G5: which failures are fatal ---

  /** nonFatal types fail without cancelling; an assumption failure is no failure at all. */
  @Test
  void nonFatalFailuresAndAssumptionsDoNotCancelTheGroup() {
    RunResult run = Launch.of(NonFatalTypesFixture.class).run();

    assertFailed(run.test(NonFatalTypesFixture.class, "assertionFails"), AssertionFailedError.class, "expected 3 rows");
    assertAbortedByAssumption(run.test(NonFatalTypesFixture.class, "assumptionFails"));
    assertPassed(run.test(NonFatalTypesFixture.class, "stillRuns"));
    assertFailed(run.test(NonFatalTypesFixture.class, "stateFails"), IllegalStateException.class, "connection refused");
    assertStoppedBeforeStart(
        run.test(NonFatalTypesFixture.class, "neverRuns"),
        fatal("nonfatal-types", NonFatalTypesFixture.class, "stateFails", "IllegalStateException: connection refused"));
    assertThat(run.groups().cancellations("nonfatal-types")).hasSize(1);
    assertEveryTestReportedOnce(run);
  }

  /** fatal types are matched against the throwable and its cause chain. */
  @Test
  void fatalTypesMatchTheCauseChain() {
    RunResult run = Launch.of(CauseChainFixture.class).run();

    assertFailed(run.test(CauseChainFixture.class, "notIo"), IllegalStateException.class, "not an I/O problem");
    assertPassed(run.test(CauseChainFixture.class, "stillRuns"));
    assertFailed(run.test(CauseChainFixture.class, "ioDeepInChain"), RuntimeException.class, "wrapped");
    assertStoppedBeforeStart(
        run.test(CauseChainFixture.class, "neverRuns"),
        fatal("cause-chain", CauseChainFixture.class, "ioDeepInChain", "RuntimeException: wrapped"));
    assertEveryTestReportedOnce(run);
  }

  /** A nonFatal type anywhere in the chain wins over a fatal type. */
  @Test
  void nonFatalTypesWinOverFatalTypes() {
    RunResult run = Launch.of(NonFatalWinsFixture.class).run();

    assertFailed(run.test(NonFatalWinsFixture.class, "ioCausedByBadArgument"), IOException.class, "cannot open");
    assertFailed(run.test(NonFatalWinsFixture.class, "badArgumentCausedByIo"), IllegalArgumentException.class, "bad");
    assertPassed(run.test(NonFatalWinsFixture.class, "stillRuns"));
    assertFailed(run.test(NonFatalWinsFixture.class, "plainIo"), IOException.class, "disk gone");
    assertStoppedBeforeStart(
        run.test(NonFatalWinsFixture.class, "neverRuns"),
        fatal("nonfatal-wins", NonFatalWinsFixture.class, "plainIo", "IOException: disk gone"));
    assertEveryTestReportedOnce(run);
  }

  /**
   * failfast.fatal / failfast.nonFatal are the defaults of a group whose annotation sets none.
   * ConfigDefaultsFixture runs assertionFails, stateFails, ioFails, last, in that order.
   */
  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "-                |                                                  | assertionFails | AssertionFailedError: assertion",
      "failfast.nonFatal| java.lang.AssertionError                         | stateFails     | IllegalStateException: state",
      "failfast.fatal   | java.io.UncheckedIOException                     | ioFails        | UncheckedIOException: io",
      "failfast.fatal   | 'java.lang.IllegalStateException, java.io.IOException' | stateFails | IllegalStateException: state",
  })
  void configurationParametersAreTheDefaultFatalAndNonFatalTypes(
      String key, String value, String fatalTest, String summary) {
    Launch launch = Launch.of(ConfigDefaultsFixture.class);
    if (!key.equals("-")) {
      launch.param(key, value);
    }
    RunResult run = launch.run();

    List<String> order = Arrays.asList("assertionFails", "stateFails", "ioFails", "last");
    int fatalAt = order.indexOf(fatalTest);
    String description = fatal("config-defaults", ConfigDefaultsFixture.class, fatalTest, summary);
    for (int i = 0; i < order.size(); i++) {
      TestResult t = run.test(ConfigDefaultsFixture.class, order.get(i));
      if (i <= fatalAt) {
        assertThat(t.status()).as("%s\n%s", t, run).isEqualTo(Status.FAILED);
      } else {
        assertStoppedBeforeStart(t, description);
      }
    }
    assertThat(run.groups().cancellations("config-defaults")).hasSize(1);
    assertEveryTestReportedOnce(run);
  }

  @Test
  void theAnnotationsOwnTypesWinOverTheConfigurationParameters() {
    RunResult run = Launch.of(AnnotationOverridesConfigFixture.class)
        .param("failfast.fatal", "java.io.UncheckedIOException")
        .run();

    assertFailed(run.test(AnnotationOverridesConfigFixture.class, "ioFails"), UncheckedIOException.class, "io");
    assertFailed(run.test(AnnotationOverridesConfigFixture.class, "stateFails"), IllegalStateException.class, "state");
    assertStoppedBeforeStart(
        run.test(AnnotationOverridesConfigFixture.class, "last"),
        fatal("annotation-wins", AnnotationOverridesConfigFixture.class, "stateFails", "IllegalStateException: state"));
    assertEveryTestReportedOnce(run);
  }

  /** The class where the failure happened decides, even within one group. */
  @Test
  void theClassWhereTheFailureHappenedDecides() {
    RunResult run = Launch.of(NestedDecidesFixture.class).run();

    assertPassed(run.test(NestedDecidesFixture.class, "outer"));
    assertFailed(run.test(NestedDecidesFixture.Lenient.class, "lenientFails"), IllegalStateException.class, "lenient");
    assertThat(Journal.events()).contains("Lenient.lenientFails in decides");
    assertPassed(run.test(NestedDecidesFixture.Lenient.class, "lenientRuns"));
    assertFailed(run.test(NestedDecidesFixture.Strict.class, "strictFails"), IllegalStateException.class, "strict");
    for (TestResult t : List.of(
        run.test(NestedDecidesFixture.Strict.class, "strictNeverRuns"),
        run.test(NestedDecidesFixture.After.class, "afterNeverRuns"))) {
      assertStopped(t, "group 'decides' cancelled by fatal failure in ");
      assertThat(t.message()).contains("strictFails()").endsWith("IllegalStateException: strict")
          .doesNotContain("was running");
    }
    assertThat(Journal.events()).doesNotContain("Strict.strictNeverRuns", "After.afterNeverRuns");
    assertThat(run.groups().cancellations("decides")).hasSize(1);
    assertEveryTestReportedOnce(run);
  }
}
