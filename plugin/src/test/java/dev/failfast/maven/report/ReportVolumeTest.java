package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 tests in 200 groups reported in under 1 s is a product target (README.md Benchmark).
 * Timings belong to the benchmark, not to a unit test, so this one only prints how long writing
 * took and checks that everything was written.
 */
class ReportVolumeTest {

  private static final int CLASSES = 200;
  private static final int TESTS_PER_CLASS = 50;
  private static final String TRACE =
      "java.lang.AssertionError: expected <1> but was <2>\n"
          + "\tat com.acme.group.VolumeIT.test(VolumeIT.java:42)\n".repeat(30);

  @TempDir Path root;

  @Test
  void writes10000TestCasesIn200Reports() throws IOException {
    List<ClassResult> results = results();

    long cold = writeAll(results, root.resolve("cold"));
    Path reports = root.resolve("warm");
    long warm = writeAll(results, reports);
    System.out.printf(
        "Wrote %,d test cases in %d reports: %d ms the first time, %d ms the second%n",
        CLASSES * TESTS_PER_CLASS, CLASSES, cold, warm);

    Map<String, ReportTestSuite> suites = Reports.parseDirectory(reports);
    assertThat(suites).hasSize(CLASSES);
    Totals expected = results.stream().map(ClassResult::totals).reduce(Totals.ZERO, Totals::plus);
    assertThat(suites.values().stream().mapToInt(ReportTestSuite::getNumberOfTests).sum())
        .isEqualTo(expected.tests())
        .isEqualTo(CLASSES * TESTS_PER_CLASS);
    assertThat(suites.values().stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum())
        .isEqualTo(expected.failures());
    assertThat(suites.values().stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum())
        .isEqualTo(expected.skipped() + expected.stopped());
    Reports.assertValid(reports.resolve("TEST-com.acme.group0.VolumeIT0.xml"));
  }

  private static long writeAll(List<ClassResult> results, Path directory) throws IOException {
    SurefireReportWriter writer = new SurefireReportWriter(directory);
    long start = System.nanoTime();
    for (ClassResult result : results) {
      writer.write(result);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Mostly passes, with the failures and stopped tests of a suite that had a bad day. */
  private static List<ClassResult> results() {
    List<ClassResult> results = new ArrayList<>();
    for (int c = 0; c < CLASSES; c++) {
      String className = "com.acme.group" + c + ".VolumeIT" + c;
      List<TestCaseResult> tests = new ArrayList<>();
      for (int t = 0; t < TESTS_PER_CLASS; t++) {
        Outcome outcome =
            t % 25 == 1 ? Outcome.FAILED : t % 10 == 2 ? Outcome.STOPPED : Outcome.PASSED;
        tests.add(
            new TestCaseResult(
                className,
                "test(int)[" + t + "]",
                outcome,
                Duration.ofMillis(t),
                outcome == Outcome.PASSED
                    ? null
                    : outcome == Outcome.FAILED
                        ? "expected <1> but was <2>"
                        : "stopped: group 'g" + c + "' cancelled",
                outcome == Outcome.FAILED ? "java.lang.AssertionError" : null,
                outcome == Outcome.FAILED ? TRACE : null,
                TestOutput.of(t % 5 == 0 ? "connecting to localhost:5432\n" : null),
                null));
      }
      results.add(
          new ClassResult(
              className,
              "g" + c,
              Instant.now(),
              Duration.ofSeconds(2),
              tests,
              "group 'g" + c + "' cancelled by fatal failure in " + className + ".test(int)[1]",
              Map.of("java.version", "17")));
    }
    return results;
  }
}
