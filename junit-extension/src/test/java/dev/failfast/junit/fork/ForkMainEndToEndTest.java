package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.failfast.junit.fork.ForkHarness.fork;

import dev.failfast.junit.classify.PomGroups;
import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.fork.fixtures.AnnotatedCancelsFixture;
import dev.failfast.junit.fork.fixtures.BeforeAllFailsFixture;
import dev.failfast.junit.fork.fixtures.ExitFixture;
import dev.failfast.junit.fork.fixtures.HangingHookFixture;
import dev.failfast.junit.fork.fixtures.PlainFixture;
import dev.failfast.junit.fork.fixtures.PomMemberFixture;
import dev.failfast.junit.fork.fixtures.PomPartnerFixture;
import dev.failfast.junit.fork.fixtures.PomStoppedFixture;
import dev.failfast.junit.fork.fixtures.SequentialGroupFixture;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starts real test JVMs on {@link ForkMain} over the fixtures and checks what they stream. */
class ForkMainEndToEndTest {

  @TempDir
  Path temp;

  private static ForkSettings settings(List<Class<?>> classes, List<String> includeTags) {
    return settings(classes, includeTags, Map.of());
  }

  private static ForkSettings settings(List<Class<?>> classes, List<String> includeTags, Map<String, String> parameters) {
    return new ForkSettings(classes.stream().map(Class::getName).toList(), List.of(), includeTags, List.of(),
        new LinkedHashMap<>(parameters), 4);
  }

  @Test
  void streamsThePlanThenOneResultPerTest() throws Exception {
    Run run = fork(settings(List.of(PlainFixture.class, SequentialGroupFixture.class, BeforeAllFailsFixture.class),
        List.of()));

    assertThat(run.exitCode()).isZero();
    List<String> tags = run.tags();
    assertThat(tags.get(tags.size() - 1)).isEqualTo("runFinished");
    assertThat(tags.indexOf("planComplete")).isLessThan(tags.indexOf("started"));

    String plain = PlainFixture.class.getName();
    assertThat(run.outcome(plain, "passes()")).isEqualTo(Outcome.PASSED);
    assertThat(run.outcome(plain, "disabled()")).isEqualTo(Outcome.SKIPPED);
    assertThat(run.results(run.test(plain, "disabled()")).get(0).message()).isEqualTo("not today");
    assertThat(run.outcome(plain, "dynamic()[1]")).isEqualTo(Outcome.PASSED);
    assertThat(run.test(plain, "dynamic()[2]").methodName()).isEqualTo("dynamic");
    assertThat(run.outcome(plain + "$Inner", "nestedFails()")).isEqualTo(Outcome.FAILED);
    TestNode prints = run.test(plain, "prints()");
    assertThat(prints.methodName()).isEqualTo("prints");
    assertThat(prints.group()).isNull();
    assertThat(run.events()).anySatisfy(e -> assertThat(e).containsExactly(
        "output", prints.id(), "stdout", "hello from prints" + System.lineSeparator()));

    String sequential = SequentialGroupFixture.class.getName();
    assertThat(run.test(sequential, "first()").group()).isEqualTo("seq");
    assertThat(run.outcome(sequential, "first()")).isEqualTo(Outcome.ERROR);
    assertThat(run.outcome(sequential, "second()")).isEqualTo(Outcome.STOPPED);
    assertThat(run.outcome(sequential, "third()")).isEqualTo(Outcome.STOPPED);
    assertThat(run.results(run.test(sequential, "third()")).get(0).message())
        .startsWith("stopped: group 'seq' cancelled by fatal failure in " + sequential + ".first()");
    Cancellation cancellation = run.events().stream().filter(e -> e.get(0).equals("groupCancelled"))
        .map(e -> (Cancellation) e.get(1)).findFirst().orElseThrow();
    assertThat(cancellation.group()).isEqualTo("seq");
    assertThat(cancellation.detail()).isEqualTo("IllegalStateException: gateway down");

    String beforeAll = BeforeAllFailsFixture.class.getName();
    assertThat(run.outcome(beforeAll, "a()")).isEqualTo(Outcome.ERROR);
    TestResult b = run.results(run.test(beforeAll, "b()")).get(0);
    assertThat(b.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(b.message()).isEqualTo("no database");

    run.planned().forEach(node -> assertThat(run.results(node)).as(node.id()).hasSize(1));
  }

  /**
   * docs/rules.md G9 for classes only the pom assigns: they meet at a barrier, so they ran at the same time; and
   * their group is the one annotated classes name, so an annotated member's fatal failure stops them.
   */
  @Test
  void classesOnlyThePomAssignsRunConcurrentlyInTheirGroup() throws Exception {
    Map<String, String> pom = Map.of(
        PomGroups.memberKey(PomMemberFixture.class.getName()), "db",
        PomGroups.memberKey(PomPartnerFixture.class.getName()), "db",
        PomGroups.memberKey(PomStoppedFixture.class.getName()), "shared",
        // one test at a time in plan order: the annotated member fails before the pom's member starts
        PomGroups.settingKey("shared", PomGroups.PARALLEL), "false",
        "junit.jupiter.extensions.autodetection.enabled", "true"); // as the plugin sets it for pom groups
    Run run = fork(settings(List.of(PlainFixture.class, PomMemberFixture.class, PomPartnerFixture.class,
        AnnotatedCancelsFixture.class, PomStoppedFixture.class), List.of(), pom));

    assertThat(run.exitCode()).isZero();
    assertThat(run.outcome(PomMemberFixture.class.getName(), "meets()")).isEqualTo(Outcome.PASSED);
    assertThat(run.outcome(PomPartnerFixture.class.getName(), "meets()")).isEqualTo(Outcome.PASSED);
    assertThat(run.test(PomMemberFixture.class.getName(), "meets()").group()).isEqualTo("db");
    assertThat(run.outcome(AnnotatedCancelsFixture.class.getName(), "fails()")).isEqualTo(Outcome.ERROR);
    TestResult stopped = run.results(run.test(PomStoppedFixture.class.getName(), "wouldRun()")).get(0);
    assertThat(stopped.outcome()).isEqualTo(Outcome.STOPPED);
    assertThat(stopped.message()).startsWith("stopped: group 'shared' cancelled by fatal failure in "
        + AnnotatedCancelsFixture.class.getName() + ".fails()");
    assertThat(run.outcome(PlainFixture.class.getName(), "passes()")).isEqualTo(Outcome.PASSED);
    // one plan before any test, with the engine both executions share planned once
    List<String> tags = run.tags();
    assertThat(tags.indexOf("planComplete")).isLessThan(tags.indexOf("started"));
    assertThat(tags.stream().filter("planComplete"::equals)).hasSize(1);
    TestNode last = run.test(PomStoppedFixture.class.getName(), "wouldRun()"); // in the groups' execution
    assertThat(run.events().indexOf(List.of("planned", last))).isLessThan(tags.indexOf("planComplete"));
    assertThat(run.planned().filter(node -> node.parentId() == null)).hasSize(1);
    run.planned().forEach(node -> assertThat(run.results(node)).as(node.id()).hasSize(1));
  }

  @Test
  void aMalformedTagExpressionAbortsBeforeAnyTest() throws Exception {
    Run run = fork(settings(List.of(PlainFixture.class), List.of("fast & (")));

    assertThat(run.exitCode()).isEqualTo(ForkMain.EXIT_ABORTED);
    assertThat(run.tags()).containsExactly("aborted");
    assertThat((String) run.events().get(0).get(1)).startsWith("tags: ").contains("fast & (");
  }

  @Test
  void systemExitInATestIsReportedWithItsCaller() throws Exception {
    Run run = fork(settings(List.of(ExitFixture.class), List.of()));

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.tags()).doesNotContain("runFinished").endsWith("exiting");
    assertThat((String) run.events().get(run.events().size() - 1).get(1))
        .startsWith("System.exit was called at " + ExitFixture.class.getName() + ".quits(");
  }

  /**
   * The build JVM's side of a run whose test JVM hangs in a shutdown hook: after runFinished it
   * asks what holds the test JVM, then goes away (closes its end, as when it is killed).
   */
  @Test
  @Timeout(120)
  void aTestJvmHeldByAShutdownHookNamesItAndEndsWhenTheBuildJvmGoes() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Process process = ForkHarness.testJvm(server.getLocalPort())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      try {
        server.setSoTimeout(60_000);
        List<List<Object>> events = new ArrayList<>();
        try (Socket socket = server.accept()) {
          socket.setSoTimeout(60_000);
          RecordWriter toFork = new RecordWriter(new BufferedOutputStream(socket.getOutputStream()));
          settings(List.of(HangingHookFixture.class), List.of()).write(toFork);
          EventDecoder decoder = new EventDecoder(new RecordReader(new BufferedInputStream(socket.getInputStream())));
          ForkEvents recorder = EventCodecTest.recorder(events);
          while (!decoder.ended() && decoder.next(recorder)) {
            // until runFinished
          }
          assertThat(events.stream().map(e -> (String) e.get(0)).toList()).endsWith("runFinished");
          assertThat(process.waitFor(1, TimeUnit.SECONDS)).as("the hook holds the test JVM").isFalse();

          ExitHolders.ask(toFork);
          while (decoder.exitHolders() == null && decoder.next(recorder)) {
            // until the answer
          }
          assertThat(decoder.exitHolders())
              .startsWith("'" + HangingHookFixture.HOOK + "' (shutdown hook) at ")
              .contains(HangingHookFixture.class.getName() + ".lambda$");
        }
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the test JVM ended with the build JVM's end").isTrue();
        assertThat(process.exitValue()).isEqualTo(ForkMain.EXIT_ORPHANED);
      } finally {
        process.destroyForcibly();
      }
    }
  }

  /**
   * A plugin of another failfast version: the test JVM refuses its settings with both versions and
   * the fix, and ends before running anything, whether the settings name a version or not.
   */
  @Test
  @Timeout(120)
  void aTestJvmRefusesTheSettingsOfAnotherFailfastVersion() throws Exception {
    String fix = ", the test JVM (failfast-junit-extension) failfast-fork-6: use the same failfast version for plugin"
        + " and extension";
    assertThat(refusal(new String[] {"hello", "failfast-fork-7"}, new String[] {"threads", "4"}))
        .contains("[failfast] the test JVM cannot read its settings: the build JVM (failfast-maven-plugin) speaks"
            + " fork protocol failfast-fork-7" + fix);
    assertThat(refusal(new String[] {"threads", "4"}, new String[] {"class", PlainFixture.class.getName()}))
        .contains("[failfast] the test JVM cannot read its settings: the build JVM (failfast-maven-plugin) speaks"
            + " an unknown fork protocol (its first record is not a hello)" + fix);
  }

  /** Sends {@code settings} to a real test JVM; returns what it printed, once it ended as refusing. */
  private String refusal(String[]... settings) throws Exception {
    Path printed = Files.createTempFile(temp, "test-jvm", ".out");
    List<List<Object>> events = new ArrayList<>();
    int exitCode = ForkHarness.fork(toTestJvm -> {
      for (String[] record : settings) {
        toTestJvm.write(record);
      }
    }, EventCodecTest.recorder(events), ProcessBuilder.Redirect.to(printed.toFile()));

    String output = Files.readString(printed);
    assertThat(exitCode).as(output).isEqualTo(ForkMain.EXIT_ABORTED);
    assertThat(events).as("no event after its hello: nothing ran").isEmpty();
    return output;
  }
}
