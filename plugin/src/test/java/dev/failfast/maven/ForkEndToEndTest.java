package dev.failfast.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.failfast.junit.fork.ForkProtocolMismatch;
import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.console.ConsoleReporter;
import dev.failfast.maven.fixtures.ArgumentFileFixture;
import dev.failfast.maven.fixtures.CancelledGroupFixture;
import dev.failfast.maven.fixtures.HaltFixture;
import dev.failfast.maven.fixtures.HeldExitFixture;
import dev.failfast.maven.fixtures.OtherVersionFork;
import dev.failfast.maven.fixtures.PassingFixture;
import dev.failfast.maven.fork.ForkCommand;
import dev.failfast.maven.fork.ForkExit;
import dev.failfast.maven.fork.ForkProcess;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.ForkChannel;
import dev.failfast.maven.run.RunEnding;
import dev.failfast.maven.run.RunModel;
import dev.failfast.maven.run.Watchdog;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real test JVMs over the fixtures the way the mojo does (argument file, loopback socket,
 * event stream, watchdog) and checks the report model and the console.
 */
class ForkEndToEndTest {

  @TempDir
  Path temp;

  private final RecordingLog log = new RecordingLog();

  private record Run(RunModel model, RunEnding ending) {

    Map<String, TestCaseResult> tests() {
      return model.classResults().stream().flatMap(c -> c.tests().stream())
          .collect(Collectors.toMap(t -> t.className().replaceFirst(".*\\.", "") + "." + t.name(), Function.identity()));
    }
  }

  private Run run(List<Class<?>> classes, Map<String, String> systemProperties) throws Exception {
    return run(classes, systemProperties, Duration.ofSeconds(30));
  }

  private Run run(List<Class<?>> classes, Map<String, String> systemProperties, Duration exitTimeout)
      throws Exception {
    List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).toList();
    ForkCommand command = new ForkCommand(Path.of(System.getProperty("java.home"), "bin", "java"), List.of("-Xmx128m"),
        systemProperties, classpath);
    ForkSettings settings = new ForkSettings(classes.stream().map(Class::getName).toList(), List.of(), List.of(),
        List.of(), Map.of(), 2);
    ConsoleReporter console = TestRuns.console(log, System.out, temp);
    RunModel model = TestRuns.model(console, temp);
    ForkProcess fork = new ForkProcess(log, exitTimeout);
    Path argFile = temp.resolve("fork.args");
    ForkExit exit;
    Watchdog.Limits limits = new Watchdog.Limits(Duration.ofMinutes(2), Duration.ofSeconds(30));
    ForkChannel channel = TestRuns.channel(model);
    Watchdog watchdog = new Watchdog(model, List.of(new Watchdog.Watched(fork, channel)), limits, console, log).start();
    try (watchdog) {
      exit = fork.run(new ForkProcess.Launch(port -> command.withArgumentFile(port, argFile), argFile, Map.of(), temp),
          settings, channel);
    }
    assertThat(argFile).as("the argument file, with every -D property").doesNotExist();
    return new Run(model, RunEnding.conclude(channel, exit, watchdog.stop(0)));
  }

  @Test
  void aFinishedRunBecomesReportsAndConsoleLines() throws Exception {
    Run run = run(List.of(PassingFixture.class, CancelledGroupFixture.class), Map.of());

    assertThat(run.ending()).isEqualTo(new RunEnding(null, null));
    Map<String, TestCaseResult> tests = run.tests();
    assertThat(tests.get("PassingFixture.adds").outcome()).isEqualTo(Outcome.PASSED);
    assertThat(TestRuns.reports(temp).resolve("TEST-" + PassingFixture.class.getName() + ".xml")).content()
        .contains("<system-out><![CDATA[adding" + System.lineSeparator() + "]]></system-out>");
    assertThat(tests.get("PassingFixture.divides").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(tests.get("CancelledGroupFixture.charge").outcome()).isEqualTo(Outcome.ERROR);
    assertThat(tests.get("CancelledGroupFixture.charge").throwableType()).isEqualTo("java.lang.IllegalStateException");
    assertThat(tests.get("CancelledGroupFixture.history").outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(tests.get("CancelledGroupFixture.history").message())
        .startsWith("stopped: group 'payments' cancelled by fatal failure in " + CancelledGroupFixture.class.getName());

    ClassResult group = run.model().classResults().stream()
        .filter(c -> c.className().equals(CancelledGroupFixture.class.getName())).findFirst().orElseThrow();
    assertThat(group.group()).isEqualTo("payments");
    assertThat(group.totals()).isEqualTo(new Totals(3, 0, 1, 0, 2));
    assertThat(run.model().summary(Duration.ZERO, null).groups()).singleElement()
        .satisfies(g -> assertThat(g.outcome()).isEqualTo("cancelled"));

    List<String> lines = log.lines();
    // Test output reaches the console as output events, no longer echoed on the test JVM's stdout.
    assertThat(lines).contains("[INFO] Running 5 tests in 2 classes; groups: payments").doesNotContain("[INFO] adding");
    assertThat(lines).anyMatch(line -> line.startsWith("[WARNING] Group 'payments' cancelled by fatal failure in "));
    assertThat(lines).anyMatch(line -> line.matches("\\[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0,"
        + " Stopped: 2, Time elapsed: [0-9.]+ s <<< FAILURE! -- in .*CancelledGroupFixture"));
  }

  @Test
  void aTestJvmThatHaltsLeavesFinishedResultsAndFailsTheRest() throws Exception {
    Run run = run(List.of(HaltFixture.class), Map.of());

    assertThat(run.ending().failure()).isEqualTo(
        "The test JVM died before the run finished: it exited with code 7 without shutting down normally"
            + " (Runtime.halt or a crash)");
    Map<String, TestCaseResult> tests = run.tests();
    assertThat(tests.get("HaltFixture.before").outcome()).isEqualTo(Outcome.PASSED);
    assertThat(tests.get("HaltFixture.halts").outcome()).isEqualTo(Outcome.ERROR);
    assertThat(tests.get("HaltFixture.after").outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(tests.get("HaltFixture.after").message()).startsWith("stopped: before this test started, the test JVM");
  }

  @Test
  void theArgumentFileIsGoneOnceTheTestJvmRuns() throws Exception {
    Run run = run(List.of(ArgumentFileFixture.class), Map.of("secret.token", "s3cr3t"));

    assertThat(run.ending()).isEqualTo(new RunEnding(null, null));
    assertThat(run.tests().get("ArgumentFileFixture.theArgumentFileIsGone").outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  @Timeout(120)
  void aTestJvmHeldByAShutdownHookIsEndedWithAWarningNamingIt() throws Exception {
    Run run = run(List.of(HeldExitFixture.class, PassingFixture.class), Map.of(), Duration.ofSeconds(1));

    assertThat(run.ending()).as("the run finished").isEqualTo(new RunEnding(null, null));
    assertThat(run.tests().get("HeldExitFixture.leavesAHook").outcome()).isEqualTo(Outcome.PASSED);
    assertThat(log.lines()).filteredOn(line -> line.startsWith("[WARNING] The test JVM")).singleElement()
        .asString()
        .startsWith("[WARNING] The test JVM did not exit within 1 s of its last event and was ended; still running: '"
            + HeldExitFixture.HOOK + "' (shutdown hook) at ")
        .contains(HeldExitFixture.class.getName() + ".lambda$");
  }

  @Test
  void aTestJvmThatCannotStartSaysWhy() throws Exception {
    ForkCommand broken = new ForkCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
        List.of("-XX:+NoSuchOption"), Map.of(), List.of());
    ForkChannel channel = TestRuns.channel(TestRuns.model(TestRuns.console(log, System.out, temp), temp));
    ForkExit exit = new ForkProcess(log, Duration.ofSeconds(30)).run(
        new ForkProcess.Launch(
            port -> broken.withArgumentFile(port, temp.resolve("a")), temp.resolve("a"), Map.of(), temp),
        new ForkSettings(List.of(), List.of(), List.of(), List.of(), Map.of(), 1), channel);

    RunEnding ending = RunEnding.conclude(channel, exit, Watchdog.Stop.NONE);
    assertThat(ending.failure()).startsWith("The test JVM died before the run finished: it exited with code 1")
        .contains("NoSuchOption");
  }

  @Test
  @Timeout(120)
  void aTestJvmOfAnotherFailfastVersionIsRefusedWithTheFix() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ForkProcess fork = new ForkProcess(log, Duration.ofSeconds(30));
    RunModel model = TestRuns.model(TestRuns.console(log, System.out, temp), temp);

    assertThatThrownBy(() -> fork.run(new ForkProcess.Launch(port -> List.of(java.toString(), "-cp",
            System.getProperty("java.class.path"), OtherVersionFork.class.getName(), Integer.toString(port)),
            temp.resolve("a"), Map.of(), temp),
        new ForkSettings(List.of(), List.of(), List.of(), List.of(), Map.of(), 1), TestRuns.channel(model)))
        .isInstanceOf(ForkProtocolMismatch.class)
        .hasMessage("the test JVM (failfast-junit-extension) speaks fork protocol failfast-fork-3, the build JVM"
            + " (failfast-maven-plugin) failfast-fork-6: use the same failfast version for plugin and extension");
    assertThat(model.classResults()).as("nothing of its stream was read as results").isEmpty();
  }
}
