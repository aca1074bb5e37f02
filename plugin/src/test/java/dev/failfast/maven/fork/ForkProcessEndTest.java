package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.failfast.junit.fork.ForkEvents;
import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.RecordingLog;
import dev.failfast.maven.TestRuns;
import dev.failfast.maven.fixtures.BuildExitFixture;
import dev.failfast.maven.fixtures.HooksReturnedFork;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.run.RunModel;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the build JVM ends with a test JVM's end: its shutdown hook (SIGTERM, Ctrl-C) on a build that
 * is behind its test JVM, and a finished run concluded once the test JVM's shutdown hooks returned.
 */
class ForkProcessEndTest {

  @TempDir
  Path temp;

  @RepeatedTest(3)
  @Timeout(120)
  void aBuildInterruptedWhileBehindDeliversWhatTheTestJvmSentBeforeItEnds() throws Exception {
    RecordingLog log = new RecordingLog();
    RunModel model = TestRuns.model(TestRuns.console(log, System.out, temp), temp);
    CountDownLatch caughtUp = new CountDownLatch(1);
    ForkEvents channel = TestRuns.channel(model);
    // The build reads nothing until told: it is behind by the whole run.
    ForkEvents behind = (ForkEvents) Proxy.newProxyInstance(ForkEvents.class.getClassLoader(),
        new Class<?>[] {ForkEvents.class}, (proxy, method, arguments) -> {
          caughtUp.await();
          try {
            return method.invoke(channel, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    Path hookStarted = temp.resolve("hook-started");
    List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).toList();
    ForkCommand command = new ForkCommand(Path.of(System.getProperty("java.home"), "bin", "java"), List.of("-Xmx128m"),
        Map.of(BuildExitFixture.HOOK_STARTED, hookStarted.toString()), classpath);
    ForkSettings settings = new ForkSettings(List.of(BuildExitFixture.class.getName()), List.of(), List.of(),
        List.of(), Map.of(), 1);
    ForkProcess fork = new ForkProcess(log, Duration.ofMinutes(2));
    Path argFile = temp.resolve("fork.args");

    CompletableFuture<ForkExit> run = CompletableFuture.supplyAsync(() -> {
      try {
        return fork.run(new ForkProcess.Launch(port -> command.withArgumentFile(port, argFile), argFile, Map.of(), temp),
            settings, behind);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    long testJvm = awaitPid(hookStarted);
    Thread hook = new Thread(fork::endForBuildExit);
    hook.start();
    // The hook has ended the test JVM before the build catches up. (Polled: on JDK 25 a handle's
    // onExit never completes for a child that its Process reaped first.)
    awaitGone(testJvm);
    caughtUp.countDown();

    hook.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(hook.isAlive()).as("the hook returned").isFalse();
    ForkExit exit = run.get(30, TimeUnit.SECONDS);
    assertThat(exit.destroyedBecause()).isEqualTo("was ended because the build was interrupted");
    assertThat(model.classResults()).singleElement().satisfies(result -> {
      assertThat(result.tests()).extracting(TestCaseResult::name, TestCaseResult::outcome).containsExactlyInAnyOrder(
          tuple("printsALot", Outcome.PASSED),
          tuple("leavesAHookThatWritesItsPid", Outcome.PASSED));
    });
    assertThat(TestRuns.reports(temp).resolve("TEST-" + BuildExitFixture.class.getName() + ".xml")).content()
        .contains((BuildExitFixture.OUTPUT_LINES - 1) + " x");
  }

  /**
   * docs/fork-protocol.md Connection: once the run finished and the test JVM's shutdown hooks have
   * returned, the build does not wait for the JVM's own end (HotSpot holds it up to 300 ms for a
   * thread blocked in native code); it keeps its end of the socket open until then.
   */
  @Test
  @Timeout(60)
  void aFinishedRunIsConcludedOnceTheTestJvmsShutdownHooksReturned() throws Exception {
    // A console that takes at least 20 µs a line: the hooks' 5,000 lines on each stream take it
    // well over the 5 ms in which the build sees that the hooks returned.
    RecordingLog log = new RecordingLog(Duration.ofNanos(20_000));
    List<String> events = new CopyOnWriteArrayList<>();
    ForkEvents recording = (ForkEvents) Proxy.newProxyInstance(ForkEvents.class.getClassLoader(),
        new Class<?>[] {ForkEvents.class}, (proxy, method, arguments) -> events.add(method.getName()));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path argFile = temp.resolve("fork.args");
    ForkProcess fork = new ForkProcess(log, Duration.ofSeconds(30));
    Set<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());

    ForkExit exit = fork.run(new ForkProcess.Launch(port -> List.of(java.toString(), "-cp",
            System.getProperty("java.class.path"), HooksReturnedFork.class.getName(), Integer.toString(port)),
        argFile, Map.of(), temp), new ForkSettings(List.of(), List.of(), List.of(), List.of(), Map.of(), 1), recording);

    // The JDK cuts long command lines: the test JVM is the child this run started.
    List<ProcessHandle> testJvm = ProcessHandle.current().children().filter(child -> !before.contains(child.pid()))
        .toList();
    try {
      assertThat(exit.exitCode()).isEqualTo(ForkExit.NOT_AWAITED);
      assertThat(events).containsExactly("runFinished");
      // What its hooks printed is on the console before the run is concluded, the last line too.
      assertThat(log.lines()).contains("[INFO] hook out " + HooksReturnedFork.HOOK_LINES,
          "[INFO] hook err " + HooksReturnedFork.HOOK_LINES);
      assertThat(log.lines().stream().filter(line -> line.startsWith("[INFO] hook "))).hasSize(
          2 * HooksReturnedFork.HOOK_LINES);
      assertThat(testJvm).as("the test JVM, still held, with its socket open").singleElement()
          .satisfies(process -> assertThat(process.isAlive()).isTrue());
      assertThat(temp).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("fork.args"));
    } finally {
      testJvm.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static void awaitGone(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the test JVM " + pid + " was not ended within 30 s");
      }
      Thread.sleep(10);
    }
  }

  private static long awaitPid(Path file) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && !Files.readString(file).isBlank()) {
        return Long.parseLong(Files.readString(file).trim());
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the test JVM's hook did not start within 60 s");
  }
}
