package dev.failfast.maven.forks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import dev.failfast.junit.fork.TestResult;
import dev.failfast.maven.TestRuns;
import dev.failfast.maven.fork.ForkExit;
import dev.failfast.maven.fork.ForkProcess;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.ForkChannel;
import dev.failfast.maven.run.RunEnding;
import dev.failfast.maven.run.RunModel;
import dev.failfast.maven.run.RunObserver;
import dev.failfast.maven.run.Watchdog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several test JVMs stream into one model at once, each from its own reader thread, as {@link
 * ForkRun} runs them: every test is reported once, every class's report written once as it
 * finishes, the plan told once with everything and before any class, and a cancellation of the
 * whole run told once however many test JVMs carry it out.
 */
class SeveralForksIntoOneModelTest {

  private static final int FORKS = 3;
  private static final int CLASSES = 6;
  private static final int TESTS = 12;
  private static final String ENGINE = "[engine:junit-jupiter]";
  private static final Cancellation RUN = new Cancellation(null, "FATAL_FAILURE", classId(0, 0) + "/[method:t0()]",
      "com.acme.F0C0.t0()", "IllegalStateException: down",
      "run cancelled by fatal failure in com.acme.F0C0.t0(): IllegalStateException: down", 0);

  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  @TempDir
  Path temp;

  private static String classId(int fork, int c) {
    return ENGINE + "/[class:com.acme.F" + fork + "C" + c + "]";
  }

  private final RunObserver observer = new RunObserver() {
    @Override
    public void planComplete(Plan plan) {
      seen.add("plan " + plan.tests() + " " + plan.classes().size());
    }

    @Override
    public void classFinished(ClassResult result) {
      seen.add("class " + result.className());
    }

    @Override
    public void groupCancelled(Cancellation cancellation, Stopping stopping) {
      seen.add("cancelled " + cancellation.description());
    }
  };

  /** One test JVM's whole stream; the first cancels the run at its first test, the others carry it out. */
  private static void stream(int fork, ForkChannel channel) {
    channel.planned(new TestNode(ENGINE, null, Kind.CONTAINER, null, null, "JUnit Jupiter", "JUnit Jupiter", null));
    for (int c = 0; c < CLASSES; c++) {
      String className = "com.acme.F" + fork + "C" + c;
      channel.planned(new TestNode(classId(fork, c), ENGINE, Kind.CLASS, className, null, className, className, null));
      for (int t = 0; t < TESTS; t++) {
        channel.planned(new TestNode(classId(fork, c) + "/[method:t" + t + "()]", classId(fork, c), Kind.TEST,
            className, "t" + t, "t" + t + "()", "t" + t + "()", null));
      }
    }
    channel.planComplete();
    channel.started(ENGINE, 0);
    for (int c = 0; c < CLASSES; c++) {
      channel.started(classId(fork, c), 0);
      for (int t = 0; t < TESTS; t++) {
        String id = classId(fork, c) + "/[method:t" + t + "()]";
        channel.started(id, 1);
        channel.output(id, "stdout", "fork " + fork + " test " + t + "\n");
        if (fork == 0 && c == 0 && t == 0) {
          channel.finished(id, new TestResult(Outcome.ERROR, "down", "java.lang.IllegalStateException", "trace"), 2);
          channel.groupCancelled(RUN);
          channel.groupSettled(RUN, 1_000);
        } else {
          channel.finished(id, c < CLASSES / 2 ? TestResult.PASSED : TestResult.stopped("stopped: " + RUN.description()),
              2);
        }
        if (fork != 0 && c == CLASSES / 2 && t == 0) {
          channel.groupCancelled(RUN); // carrying out the run's cancellation the build JVM passed on
          channel.groupSettled(RUN, 500);
        }
      }
      channel.finished(classId(fork, c), TestResult.PASSED, 3);
    }
    channel.finished(ENGINE, TestResult.PASSED, 4);
    channel.runFinished();
  }

  @RepeatedTest(25)
  void everyTestOnceEveryReportOnceThePlanAndTheCancellationToldOnce() throws Exception {
    PlanFirst console = new PlanFirst(observer);
    RunModel model = TestRuns.model(console, temp, FORKS);
    RunCancels cancels = new RunCancels(model, FailureBudget.NONE);
    List<ForkChannel> channels = new ArrayList<>();
    for (int fork = 0; fork < FORKS; fork++) {
      ForkChannel channel = new ForkChannel(model, "test JVM " + (fork + 1) + " of " + FORKS, cancels);
      cancels.add(channel, new ForkProcess(new SystemStreamLog(), Duration.ofSeconds(1)));
      channels.add(channel);
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> readers = new ArrayList<>();
    for (int fork = 0; fork < FORKS; fork++) {
      int index = fork;
      Thread reader = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        stream(index, channels.get(index));
      });
      reader.start();
      readers.add(reader);
    }
    start.countDown();
    for (Thread reader : readers) {
      reader.join();
    }
    console.flush();

    List<RunEnding> endings = new ArrayList<>();
    for (ForkChannel channel : channels) {
      endings.add(RunEnding.conclude(channel, new ForkExit(0, null, List.of(), null), Watchdog.Stop.NONE));
    }
    assertThat(RunEnding.of(endings)).isEqualTo(new RunEnding(null, null));
    assertThat(seen.get(0)).as("the plan comes first, as with one test JVM").startsWith("plan");
    assertThat(seen.stream().filter(line -> line.startsWith("plan"))).containsExactly(
        "plan " + FORKS * CLASSES * TESTS + " " + FORKS * CLASSES);
    assertThat(seen.stream().filter(line -> line.startsWith("cancelled"))).containsExactly(
        "cancelled " + RUN.description());
    assertThat(seen.stream().filter(line -> line.startsWith("class"))).hasSize(FORKS * CLASSES).doesNotHaveDuplicates();
    try (Stream<Path> reports = Files.list(TestRuns.reports(temp))) {
      assertThat(reports.filter(file -> file.getFileName().toString().startsWith("TEST-"))).hasSize(FORKS * CLASSES);
    }
    int stopped = FORKS * (CLASSES - CLASSES / 2) * TESTS;
    assertThat(model.summary(Duration.ZERO, null).totals())
        .isEqualTo(new Totals(FORKS * CLASSES * TESTS, 0, 1, 0, stopped));
    assertThat(cancels.crossForkCancel().reachedNanos()).hasSize(FORKS - 1).allMatch(nanos -> nanos >= 0);
    assertThat(cancels.crossForkCancel().settledNanos()).hasSize(FORKS - 1).allMatch(nanos -> nanos >= 0);
  }
}
