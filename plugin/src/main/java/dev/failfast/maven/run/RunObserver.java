package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.maven.report.ClassResult;
import java.time.Duration;
import java.util.List;

/**
 * What happens during a run that the console shows as it happens. Every method does nothing by
 * default, so an observer listens only to what it needs.
 */
public interface RunObserver {

  /**
   * What the test JVM plans to run.
   *
   * @param tests the tests known before they run
   * @param classes the top-level classes (reports) with tests, by name
   * @param templates test templates and factories: their tests are known only as they run
   * @param groups the groups of the plan, by name
   */
  record Plan(int tests, List<String> classes, int templates, List<String> groups) {}

  /**
   * What a cancellation stops.
   *
   * @param pending tests of the cancelled scope that had not started: they will be stopped
   * @param running tests of the cancelled scope that were running: they are being interrupted
   * @param templates unfinished templates and factories of the cancelled scope: the tests they
   *     have yet to add are stopped too, uncounted
   */
  record Stopping(int pending, int running, int templates) {}

  default void planComplete(Plan plan) {}

  /**
   * What the tests printed, as it arrives, in chunks that need not end at a line.
   *
   * @param report nullable; the report (top-level class) the output belongs to, {@code null} for
   *     output outside any test class
   * @param stream {@code stdout} or {@code stderr}
   */
  default void output(String report, String stream, String text) {}

  /** A test class (with its nested classes) finished; its result is final and its report written. */
  default void classFinished(ClassResult result) {}

  default void groupCancelled(Cancellation cancellation, Stopping stopping) {}

  default void memberOverdue(String test, Cancellation cancellation, Duration grace) {}

  /** Nothing finished for a while; these tests are running, for so long. */
  default void stillRunning(Duration quiet, List<RunningTest> running) {}

  /** A test that has started and not finished. */
  record RunningTest(String name, Duration runningFor) {}
}
