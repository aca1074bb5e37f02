package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import dev.failfast.junit.fork.TestResult;
import dev.failfast.maven.TestRuns;
import dev.failfast.maven.report.ClassResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Feeds a run model {@value #TESTS} tests that print {@value #MEGABYTES} MB each, in the chunks the
 * test JVM sends, and ends the run: {@link OutputSpoolSoakTest} runs it in a JVM with a small heap.
 */
public final class SpoolSoak {

  static final int TESTS = 20;
  static final int MEGABYTES = 5;
  static final String CLASS = "com.acme.Noisy";

  private SpoolSoak() {}

  /** @param args the directory to write under */
  public static void main(String[] args) {
    ForkChannel model = TestRuns.channel(TestRuns.model(new RunObserver() {}, Path.of(args[0])));
    String engine = "[engine:junit-jupiter]";
    String classId = engine + "/[class:" + CLASS + "]";
    model.planned(new TestNode(engine, null, Kind.CONTAINER, null, null, "JUnit Jupiter", "JUnit Jupiter", null));
    model.planned(new TestNode(classId, engine, Kind.CLASS, CLASS, null, CLASS, "Noisy", null));
    for (int t = 0; t < TESTS; t++) {
      model.planned(new TestNode(classId + "/[method:t" + t + "()]", classId, Kind.TEST, CLASS, "t" + t, "t" + t + "()",
          "t" + t + "()", null));
    }
    model.planComplete();
    String chunk = "0123456789abcdef".repeat(4096); // 64 KiB
    for (int t = 0; t < TESTS; t++) {
      String id = classId + "/[method:t" + t + "()]";
      model.started(id, 0);
      for (int i = 0; i < MEGABYTES * 16; i++) {
        model.output(id, "stdout", chunk);
      }
      model.finished(id, TestResult.PASSED, 1);
    }
    model.finished(classId, TestResult.PASSED, 1);
    model.runFinished();
    model.finishUnfinished("", "stopped: ");
  }
}
