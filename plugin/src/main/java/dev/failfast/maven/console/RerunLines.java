package dev.failfast.maven.console;

import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.EarlierAttempt;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * What the Results block says of tests that were run again, as Surefire prints it: a test that ran
 * more than once is named on a line of its own, then each attempt on a {@code Run N:} line (its
 * failure's one line, or {@code PASS}); the tests that passed in the end are listed under
 * {@code Flakes:}, and the totals line ends with {@code Flakes: N} when there are any.
 */
final class RerunLines {

  private final Log log;

  RerunLines(Log log) {
    this.log = log;
  }

  /** The totals line's ending: {@code , Flakes: N}, or nothing without flaky tests. */
  static String flakes(Totals totals) {
    return totals.flakes() > 0 ? ", Flakes: " + totals.flakes() : "";
  }

  /** Lists the flaky tests under Surefire's {@code Flakes:} heading; whether there was any. */
  boolean listFlakes(List<ClassResult> classes) {
    boolean any = false;
    for (ClassResult result : classes) {
      for (TestCaseResult test : result.tests()) {
        if (test.flaky()) {
          if (!any) {
            log.warn("Flakes: ");
            any = true;
          }
          attempts(result.className(), test, log::warn);
        }
      }
    }
    return any;
  }

  /**
   * The test's name, then a {@code Run N:} line per attempt, then an empty line.
   *
   * @param heading how the test's name is logged: at the level of the list it is in
   */
  void attempts(String testClass, TestCaseResult test, Consumer<String> heading) {
    heading.accept(ConsoleText.name(test.className() + "." + test.name()));
    int run = 1;
    for (EarlierAttempt attempt : test.earlierAttempts()) {
      TestCaseResult failed = new TestCaseResult(test.className(), test.name(), attempt.outcome(), test.time(),
          attempt.message(), attempt.throwableType(), attempt.stackTrace(), null, null);
      log.error("  Run " + run++ + ": " + Failures.resultLine(testClass, failed));
    }
    if (test.flaky()) {
      log.info("  Run " + run + ": PASS");
    } else {
      log.error("  Run " + run + ": " + Failures.resultLine(testClass, test));
    }
    log.info("");
  }
}
