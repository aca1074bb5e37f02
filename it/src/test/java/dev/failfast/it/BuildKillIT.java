package dev.failfast.it;

import static dev.failfast.it.SampleBuilds.property;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/fork-protocol.md Connection, the test JVM never outlives the build nor hangs it: real Maven
 * builds of {@code src/it/build-kill/sample}, whose test JVM hangs in a shutdown hook after its
 * run, killed the way CI kills a build (SIGKILL, SIGTERM) or left to end by themselves. The test
 * JVM's hook writes its pid to {@code target/hook-started}; any other process the build left is
 * found by its command line, which names the build's own project directory.
 */
class BuildKillIT {

  private static final Path DIRECTORY = Path.of(property("failfast.kill.directory"));
  private static final Duration BUILD_START = Duration.ofMinutes(3);
  private static final Duration PROCESS_END = Duration.ofSeconds(20);
  private static final String FINISHED_REPORT = "target/surefire-reports/TEST-com.acme.kill.FinishedTest.xml";

  /** A running Maven build of a fresh copy of the sample. */
  private record Build(Path project, Path log, Process maven) {

    /** Waits until the test JVM hangs in its hook (all tests finished); returns its pid. */
    long awaitHeldTestJvm() throws Exception {
      Path started = project.resolve("target/hook-started");
      await(() -> Files.exists(started) || !maven.isAlive(), BUILD_START);
      assertThat(started).as("the test JVM's hook started, within %s s and before the build ended; see %s",
          BUILD_START.toSeconds(), log).exists();
      assertThat(await(() -> !readPid(started).isEmpty(), PROCESS_END)).as("the hook wrote its pid").isTrue();
      long pid = Long.parseLong(readPid(started));
      assertThat(alive(pid)).as("the test JVM, by the pid its hook wrote").isTrue();
      return pid;
    }

    /** Asserts that Maven, the test JVM and every other process naming the project end soon. */
    void assertNoProcessLeft(long testJvm) throws Exception {
      assertThat(maven.waitFor(PROCESS_END.toSeconds(), TimeUnit.SECONDS)).as("Maven ended").isTrue();
      assertThat(await(() -> !alive(testJvm), PROCESS_END)).as("the test JVM %s ended within %s s after Maven",
          testJvm, PROCESS_END.toSeconds()).isTrue();
      await(() -> processesOf(project).isEmpty(), PROCESS_END);
      assertThat(processesOf(project))
          .as("processes of the build %s s after Maven ended", PROCESS_END.toSeconds()).isEmpty();
    }

    String output() throws IOException {
      return Files.readString(log);
    }
  }

  @BeforeAll
  static void settings() throws IOException {
    SampleBuilds.writeSettings(DIRECTORY.resolve("settings.xml"));
  }

  /** How CI ends a build: SIGKILL runs no hook of the build JVM; SIGTERM, as a cancelled job gets, does. */
  enum Signal {
    SIGKILL,
    SIGTERM
  }

  @ParameterizedTest
  @EnumSource(Signal.class)
  void aBuildEndedWhileItsTestJvmHangsInAHookTakesTheTestJvmAlong(Signal signal) throws Exception {
    Build build = start(signal.name().toLowerCase(Locale.ROOT), 120);
    try {
      long testJvm = build.awaitHeldTestJvm();
      Path finished = build.project().resolve(FINISHED_REPORT);
      if (signal == Signal.SIGKILL) {
        // Each class's report is written as the class finishes (docs/reports.md Files), while the build is held.
        assertThat(await(() -> Files.isRegularFile(finished), PROCESS_END))
            .as("FinishedTest's report, written while the build is held; see %s", build.log()).isTrue();
        build.maven().destroyForcibly();
      } else {
        // At once: the build JVM may not yet have read every event the test JVM sent before its hook.
        build.maven().destroy();
      }

      build.assertNoProcessLeft(testJvm);
      // The killed build keeps the report; the interrupted one first delivers what the test JVM sent.
      assertThat(finished).isRegularFile();
      assertThat(Files.readString(finished)).contains("name=\"adds\"");
      try (Stream<Path> files = Files.list(build.project().resolve("target"))) {
        assertThat(files.map(path -> path.getFileName().toString()))
            .as("the shutdown marker (docs/fork-protocol.md Connection 5) is gone with the test JVM")
            .noneMatch(name -> name.endsWith(".running"));
      }
    } finally {
      endEveryProcessOf(build);
    }
  }

  @Test
  void aTestJvmHeldByAHookIsEndedAfterTheExitTimeoutWithAWarningNamingTheHook() throws Exception {
    Build build = start("exit-timeout", 2);
    try {
      assertThat(build.maven().waitFor(BUILD_START.toSeconds(), TimeUnit.SECONDS))
          .as("the build ended by itself; see %s", build.log()).isTrue();
      String pid = readPid(build.project().resolve("target/hook-started"));
      assertThat(pid).as("the hook wrote its pid before the test JVM was ended; see %s", build.log()).isNotEmpty();
      long testJvm = Long.parseLong(pid);

      assertThat(build.maven().exitValue()).as("all tests passed; see %s", build.log()).isZero();
      assertThat(build.output()).containsPattern("\\[WARNING] The test JVM did not exit within 2 s of its last event"
          + " and was ended; still running: 'never-returning-hook' \\(shutdown hook\\) at .*"
          + " < com\\.acme\\.kill\\.HookTest\\.lambda\\$");
      assertThat(build.project().resolve(FINISHED_REPORT)).isRegularFile();
      try (Stream<Path> files = Files.list(build.project().resolve("target"))) {
        assertThat(files.map(path -> path.getFileName().toString()))
            .as("the argument file, with every -D property, is gone").noneMatch(name -> name.endsWith(".args"));
      }
      build.assertNoProcessLeft(testJvm);
    } finally {
      endEveryProcessOf(build);
    }
  }

  private static Build start(String name, int exitTimeoutSeconds) throws IOException {
    Path directory = DIRECTORY.resolve(name);
    Path project = directory.resolve("project");
    SampleBuilds.copyFresh(Path.of(property("failfast.kill.sample")), project);
    Path log = directory.resolve("build.log");
    ProcessBuilder builder = new ProcessBuilder(
        "sh", Path.of(property("failfast.it.mavenHome"), "bin", "mvn").toString(),
        "-B", "-e", "-ntp",
        "-s", DIRECTORY.resolve("settings.xml").toString(),
        "-Dfailfast.version=" + property("failfast.version"),
        "-Dsurefire.exitTimeout=" + exitTimeoutSeconds,
        "failfast:run")
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().remove("MAVEN_ARGS");
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    // The mvn script execs java: this process is the build JVM itself, which the signals reach.
    return new Build(project, log, builder.start());
  }

  /** The pids of every live process whose command line names the project directory. */
  private static List<Long> processesOf(Path project) {
    String marker = project.toAbsolutePath().toString();
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().filter(line -> line.contains(marker)).isPresent())
        .map(ProcessHandle::pid)
        .collect(Collectors.toList());
  }

  /** Whatever a failed run left behind must not outlive this test either. */
  private static void endEveryProcessOf(Build build) {
    build.maven().destroyForcibly();
    String testJvm = readPid(build.project().resolve("target/hook-started"));
    if (!testJvm.isEmpty()) {
      ProcessHandle.of(Long.parseLong(testJvm)).ifPresent(ProcessHandle::destroyForcibly);
    }
    processesOf(build.project()).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent();
  }

  private static String readPid(Path file) {
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      return "";
    }
  }

  /** Polls {@code condition} until it holds or {@code limit} has passed; returns whether it holds. */
  private static boolean await(BooleanSupplier condition, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }
}
