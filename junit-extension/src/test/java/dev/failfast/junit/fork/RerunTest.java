package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.fork.fixtures.reruns.AlwaysFailsFixture;
import dev.failfast.junit.fork.fixtures.reruns.BrokenRerunDiscovery;
import dev.failfast.junit.fork.fixtures.reruns.BrokenSessionClose;
import dev.failfast.junit.fork.fixtures.reruns.CancelledBeforeRerunFixture;
import dev.failfast.junit.fork.fixtures.reruns.FlakyBrokenCloseFixture;
import dev.failfast.junit.fork.fixtures.reruns.FlakyInvocationFixture;
import dev.failfast.junit.fork.fixtures.reruns.FlakyOnceFixture;
import dev.failfast.junit.fork.fixtures.reruns.SequentialFlakyFixture;
import dev.failfast.junit.fork.fixtures.reruns.UnlaunchableRerunFixture;
import dev.failfast.junit.fork.fixtures.reruns.UnlaunchableSetUpFixture;
import dev.failfast.junit.fork.fixtures.reruns.VanishingInvocationFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.rerun.Reruns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.PostDiscoveryFilter;

/** docs/rules.md "Reruns" in a real test JVM: failing tests run again before they count. */
class RerunTest {

  private static final Map<String, String> TWO_RERUNS = Map.of(Reruns.COUNT, "2");

  @Test
  void aTestThatFailsOnceIsRunAgainPassesAndKeepsItsGroupRunning() throws Exception {
    Run run = fork(settings(List.of(FlakyOnceFixture.class), TWO_RERUNS));

    String fixture = FlakyOnceFixture.class.getName();
    TestNode flaky = run.test(fixture, "failsOnce()");
    assertThat(run.outcome(fixture, "failsOnce()")).isEqualTo(Outcome.PASSED);
    assertThat(attempts(run, flaky)).singleElement().satisfies(attempt -> {
      assertThat(attempt.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(attempt.message()).isEqualTo("connection refused");
      assertThat(attempt.throwableType()).isEqualTo(IllegalStateException.class.getName());
    });
    assertThat(run.outcome(fixture, "passes()")).isEqualTo(Outcome.PASSED);
    assertThat(run.tags()).doesNotContain("groupCancelled");
    // each attempt had its own instance (the rerun's is the class's third, after both tests' own)
    // and its own @BeforeEach and @AfterEach
    assertThat(output(run, flaky)).matches(
        "beforeEach\nattempt 1 on instance [12]\nafterEach\nbeforeEach\nattempt 2 on instance 3\nafterEach\n");
    run.assertOneResultEach();
  }

  @Test
  void aTestThatFailsEveryAttemptCancelsItsGroupAtItsLastAttempt() throws Exception {
    Run run = fork(settings(List.of(AlwaysFailsFixture.class), TWO_RERUNS));

    String fixture = AlwaysFailsFixture.class.getName();
    TestNode doomed = run.test(fixture, "alwaysFails()");
    TestResult last = run.result(fixture, "alwaysFails()");
    assertThat(last.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(last.message()).isEqualTo("database gone, attempt 3");
    assertThat(attempts(run, doomed)).extracting(TestResult::message)
        .containsExactly("database gone, attempt 1", "database gone, attempt 2");
    // the other member ran on through the reruns and saw the cancel only after the last attempt
    TestNode waiting = run.test(fixture, "waitsForTheCancel(GroupSignal)");
    assertThat(output(run, waiting)).isEqualTo("cancelled after attempt 3\n");
    assertThat(run.outcome(fixture, "waitsForTheCancel(GroupSignal)")).isEqualTo(Outcome.STOPPED);
    assertThat(run.tags().stream().filter("groupCancelled"::equals)).hasSize(1);
    run.assertOneResultEach();
  }

  @Test
  void parameterizedAndRepeatedInvocationsAreRunAgainOnTheirOwn() throws Exception {
    Run run = fork(settings(List.of(FlakyInvocationFixture.class), TWO_RERUNS));

    String fixture = FlakyInvocationFixture.class.getName();
    for (String name : List.of("parameterized(int)[1]", "parameterized(int)[3]", "repeated(RepetitionInfo)[1]")) {
      assertThat(run.outcome(fixture, name)).as(name).isEqualTo(Outcome.PASSED);
      assertThat(attempts(run, run.test(fixture, name))).as(name).isEmpty();
    }
    assertThat(run.outcome(fixture, "parameterized(int)[2]")).isEqualTo(Outcome.PASSED);
    assertThat(attempts(run, run.test(fixture, "parameterized(int)[2]"))).extracting(TestResult::message)
        .containsExactly("first attempt of invocation 2");
    assertThat(run.outcome(fixture, "repeated(RepetitionInfo)[2]")).isEqualTo(Outcome.PASSED);
    assertThat(attempts(run, run.test(fixture, "repeated(RepetitionInfo)[2]"))).extracting(TestResult::message)
        .containsExactly("first attempt of repetition 2");
    run.assertOneResultEach();
  }

  /**
   * The group is cancelled after the flaky tests' first attempts failed and before their second
   * ones start: the second attempts never start (G4.1; under failfast's test JVM their class is
   * stopped whole) and the tests are reported stopped, each with its failed first attempt.
   */
  @Test
  void aTestWhoseGroupIsCancelledBeforeItsNextAttemptIsStopped() throws Exception {
    Run run = fork(settings(List.of(CancelledBeforeRerunFixture.class), Map.of(Reruns.COUNT, "1")));

    String fixture = CancelledBeforeRerunFixture.class.getName();
    for (String name : List.of("flakyMethod(GroupSignal)", "flakyRepetition(GroupSignal)[1]")) {
      TestResult result = run.result(fixture, name);
      assertThat(result.outcome()).as(name + ": " + result.message()).isEqualTo(Outcome.STOPPED);
      assertThat(result.message()).as(name).startsWith("stopped: ").contains("fatal failure");
      assertThat(attempts(run, run.test(fixture, name))).as(name).singleElement()
          .satisfies(attempt -> assertThat(attempt.message()).endsWith(", attempt 1"));
    }
    assertThat(run.result(fixture, "fatal()").message()).isEqualTo("fatal failure");
    assertThat(run.tags()).containsOnlyOnce("groupCancelled");
    run.assertOneResultEach();
  }

  /**
   * A test that JUnit finds no more at its next attempt ends its attempts: the last one that ran is
   * its result, and its fatal failure, held back for the attempt, cancels the group then.
   */
  @Test
  void aTestThatIsGoneAtItsNextAttemptKeepsTheFailureOfItsLastAttemptAndCancels() throws Exception {
    Run run = fork(settings(List.of(VanishingInvocationFixture.class), TWO_RERUNS));

    String fixture = VanishingInvocationFixture.class.getName();
    TestNode gone = run.test(fixture, "invocation(String)[2]");
    assertThat(run.results(gone)).singleElement().satisfies(result -> {
      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.message()).isEqualTo("failed, then gone");
    });
    assertThat(attempts(run, gone)).isEmpty();
    assertThat(run.outcome(fixture, "invocation(String)[1]")).isEqualTo(Outcome.PASSED);
    assertCancelledOnceBy(run, gone, "IllegalStateException: failed, then gone");
    assertThat(run.outcome(fixture, "waitsForTheCancel(GroupSignal)")).isEqualTo(Outcome.STOPPED);
    run.assertOneResultEach();
  }

  /**
   * A test whose next attempt cannot be launched (the launch itself throws) keeps the result of the
   * attempt that ran, its output says why, and its fatal failure cancels the group then.
   */
  @Test
  void aTestWhoseNextAttemptCannotBeLaunchedKeepsItsFailureAndCancels(@TempDir Path services) throws Exception {
    Run run = fork(settings(List.of(UnlaunchableRerunFixture.class), TWO_RERUNS),
        List.of(service(services, PostDiscoveryFilter.class, BrokenRerunDiscovery.class)));

    String fixture = UnlaunchableRerunFixture.class.getName();
    TestNode failing = run.test(fixture, "failsAndCannotRunAgain()");
    assertThat(run.results(failing)).singleElement().satisfies(result -> {
      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.message()).isEqualTo("database gone");
    });
    assertThat(attempts(run, failing)).isEmpty();
    assertThat(output(run, failing))
        .startsWith("failfast: the launch of attempt 2 of " + failing.id() + " failed, so the attempt before it is")
        .contains("java.lang.IllegalStateException: discovery broke");
    assertCancelledOnceBy(run, failing, "IllegalStateException: database gone");
    assertThat(run.outcome(fixture, "waitsForTheCancel(GroupSignal)")).isEqualTo(Outcome.STOPPED);
    run.assertOneResultEach();
  }

  /** A launch that throws after its attempt ran (a session listener's close) keeps that attempt's result. */
  @Test
  void anAttemptWhoseLaunchThrowsAfterItRanKeepsItsResult(@TempDir Path services) throws Exception {
    Run run = fork(settings(List.of(FlakyBrokenCloseFixture.class), TWO_RERUNS),
        List.of(service(services, LauncherSessionListener.class, BrokenSessionClose.class)));

    String fixture = FlakyBrokenCloseFixture.class.getName();
    TestNode flaky = run.test(fixture, "failsOnceThenPasses()");
    assertThat(run.outcome(fixture, "failsOnceThenPasses()")).isEqualTo(Outcome.PASSED);
    assertThat(attempts(run, flaky)).extracting(TestResult::message).containsExactly("connection refused");
    assertThat(output(run, flaky)).contains("failfast: the launch of attempt 2 of " + flaky.id()
        + " failed after the attempt ran, whose result stands:", "java.lang.IllegalStateException: session close broke");
    assertThat(run.tags()).doesNotContain("groupCancelled");
    run.assertOneResultEach();
  }

  /**
   * A fatal {@code @BeforeEach} failure held back for an attempt that cannot be launched cancels
   * in the {@code @BeforeEach} method's name, as without reruns, though Jupiter reports it again
   * after the test.
   */
  @Test
  void aHeldBackSetUpFailureCancelsInTheSetUpMethodsName(@TempDir Path services) throws Exception {
    Run run = fork(settings(List.of(UnlaunchableSetUpFixture.class), TWO_RERUNS),
        List.of(service(services, PostDiscoveryFilter.class, BrokenRerunDiscovery.class)));

    TestNode test = run.test(UnlaunchableSetUpFixture.class.getName(), "needsTheDatabase()");
    assertThat(run.result(UnlaunchableSetUpFixture.class.getName(), "needsTheDatabase()").message())
        .isEqualTo("database gone");
    assertThat(assertCancelledOnceBy(run, test, "IllegalStateException: database gone").origin())
        .endsWith(UnlaunchableSetUpFixture.class.getName() + ".setUp()");
  }

  @Test
  void aRerunInASequentialGroupRunsBeforeTheGroupsNextTest() throws Exception {
    Run run = fork(settings(List.of(SequentialFlakyFixture.class), TWO_RERUNS));

    String fixture = SequentialFlakyFixture.class.getName();
    for (String name : List.of("first()", "second()", "third()")) {
      TestResult result = run.result(fixture, name);
      assertThat(result.outcome()).as(name + ": " + result.message()).isEqualTo(Outcome.PASSED);
    }
    assertThat(attempts(run, run.test(fixture, "first()"))).hasSize(1);
    run.assertOneResultEach();
  }

  @Test
  void withoutRerunsAFailureCountsAtOnce() throws Exception {
    Run run = fork(settings(List.of(FlakyOnceFixture.class), Map.of()));

    String fixture = FlakyOnceFixture.class.getName();
    assertThat(run.outcome(fixture, "failsOnce()")).isEqualTo(Outcome.ERROR);
    assertThat(run.tags()).doesNotContain("attemptFailed").contains("groupCancelled");
  }

  /**
   * docs/rules.md "Reruns" under a plain launcher (an IDE, Surefire): the parameter alone reruns
   * nothing and defers nothing, so the first failure cancels at once and nothing waits.
   */
  @Test
  void underAPlainLauncherTheParameterAloneRerunsNothing() {
    RunResult run = Launch.of(AlwaysFailsFixture.class).param(Reruns.COUNT, "2").run();

    var doomed = run.test(AlwaysFailsFixture.class, "alwaysFails");
    assertThat(doomed.status()).isEqualTo(Status.FAILED);
    assertThat(doomed.message()).isEqualTo("database gone, attempt 1");
    assertThat(run.test(AlwaysFailsFixture.class, "waitsForTheCancel").status()).isEqualTo(Status.STOPPED);
    assertThat(run.groups().cancellations("doomed")).hasSize(1);
  }

  /** A class path entry that registers {@code implementation} as a {@code service} for a test JVM. */
  private static Path service(Path directory, Class<?> service, Class<?> implementation) throws IOException {
    Path registration = directory.resolve("META-INF/services/" + service.getName());
    Files.createDirectories(registration.getParent());
    Files.writeString(registration, implementation.getName() + "\n");
    return directory;
  }

  /** Asserts the run's one cancellation: a fatal failure of {@code origin}; returns it. */
  private static Cancellation assertCancelledOnceBy(Run run, TestNode origin, String detail) {
    List<Cancellation> cancellations = run.events().stream().filter(e -> e.get(0).equals("groupCancelled"))
        .map(e -> (Cancellation) e.get(1)).toList();
    assertThat(cancellations).singleElement().satisfies(cancellation -> {
      assertThat(cancellation.reason()).isEqualTo("FATAL_FAILURE");
      assertThat(cancellation.originId()).isEqualTo(origin.id());
      assertThat(cancellation.detail()).isEqualTo(detail);
    });
    return cancellations.get(0);
  }

  private static List<TestResult> attempts(Run run, TestNode test) {
    return run.events().stream().filter(e -> e.get(0).equals("attemptFailed") && e.get(1).equals(test.id()))
        .map(e -> (TestResult) e.get(2)).toList();
  }

  private static String output(Run run, TestNode test) {
    StringBuilder out = new StringBuilder();
    run.events().stream().filter(e -> e.get(0).equals("output") && test.id().equals(e.get(1)))
        .forEach(e -> out.append(e.get(3)));
    return out.toString().replace("\r\n", "\n");
  }
}
