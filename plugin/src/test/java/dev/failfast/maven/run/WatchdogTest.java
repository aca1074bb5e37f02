package dev.failfast.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import dev.failfast.maven.RecordingLog;
import dev.failfast.maven.TestRuns;
import dev.failfast.maven.fork.ForkProcess;
import dev.failfast.maven.report.ClassResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchdogTest {

  private final List<String> stillRunning = new ArrayList<>();
  private final RunObserver observer = new RunObserver() {
    @Override
    public void stillRunning(Duration quiet, List<RunningTest> running) {
      running.forEach(test -> stillRunning.add(test.name()));
    }
  };

  @TempDir
  Path temp;

  private static List<Watchdog.Watched> watched(RunModel model, RecordingLog log) {
    return List.of(new Watchdog.Watched(new ForkProcess(log, Duration.ofSeconds(30)), TestRuns.channel(model)));
  }

  private RunModel runningTest(RunObserver observer) {
    RunModel model = TestRuns.model(observer, temp);
    model.planned(new TestNode("t", null, Kind.TEST, "com.acme.SlowIT", "waits", "waits()", "waits()", null));
    model.planComplete();
    model.started("t", 0);
    return model;
  }

  @Test
  void namesTheRunningTestsOncePerQuietPeriod() throws InterruptedException {
    RunModel model = runningTest(observer);
    try (Watchdog watchdog = new Watchdog(model, watched(model, new RecordingLog()),
        new Watchdog.Limits(Duration.ZERO, Duration.ofMillis(200)), observer, new RecordingLog())) {
      watchdog.check();
      assertThat(stillRunning).isEmpty();
      Thread.sleep(250);
      watchdog.check();
      watchdog.check();
      assertThat(stillRunning).containsExactly("com.acme.SlowIT.waits()");
      assertThat(watchdog.stop(0)).isEqualTo(Watchdog.Stop.NONE);
    }
  }

  @Test
  void endsTheTestJvmWhenTheTimeoutExpires() throws InterruptedException {
    RunModel model = runningTest(observer);
    try (Watchdog watchdog = new Watchdog(model, watched(model, new RecordingLog()),
        new Watchdog.Limits(Duration.ofMillis(1), Duration.ofSeconds(30)), observer, new RecordingLog())) {
      Thread.sleep(5);
      watchdog.check();
      assertThat(watchdog.stop(0)).isEqualTo(Watchdog.Stop.TIMEOUT);
    }
  }

  @RepeatedTest(3)
  void aCheckThatThrowsDoesNotEndTheWatch() throws InterruptedException {
    RunObserver throwing = new RunObserver() {
      @Override
      public void stillRunning(Duration quiet, List<RunningTest> running) {
        throw new IllegalStateException("console gone");
      }
    };
    RecordingLog log = new RecordingLog();
    // Names the running test (and throws) at the first check, a second later the timeout expires.
    RunModel model = runningTest(throwing);
    try (Watchdog watchdog = new Watchdog(model, watched(model, log),
        new Watchdog.Limits(Duration.ofMillis(1_500), Duration.ZERO), throwing, log).start()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (watchdog.stop(0) == Watchdog.Stop.NONE && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(watchdog.stop(0)).isEqualTo(Watchdog.Stop.TIMEOUT);
      assertThat(log.lines()).containsOnlyOnce(
          "[WARNING] failfast's watch over the test JVM failed once and goes on: java.lang.IllegalStateException:"
              + " console gone");
    }
  }

  @Test
  void theConsoleNamesRunningTestsWithTheirTime() {
    RecordingLog log = new RecordingLog();
    TestRuns.console(log, System.out, temp).stillRunning(Duration.ofSeconds(30),
        List.of(new RunObserver.RunningTest("com.acme.SlowIT.waits()", Duration.ofSeconds(45))));
    assertThat(log.lines()).containsExactly("[INFO] No test finished for 30 s; still running: com.acme.SlowIT.waits() (45 s)");
  }
}
