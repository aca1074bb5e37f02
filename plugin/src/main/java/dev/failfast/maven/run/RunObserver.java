package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.maven.report.ClassResult;
import java.time.Duration;
import java.util.List;

/** What happens during a run that the console shows as it happens. */
public interface RunObserver {

  /** @param groups the groups of the plan, by name */
  void planComplete(int tests, int classes, List<String> groups);

  /** A test class finished; its result is final. */
  void classFinished(ClassResult result);

  /**
   * @param pending tests of the cancelled scope that had not started: they will be stopped
   * @param running tests of the cancelled scope that were running: they are being interrupted
   */
  void groupCancelled(Cancellation cancellation, int pending, int running);

  void memberOverdue(String test, Cancellation cancellation, Duration grace);

  /** Nothing finished for a while; these tests are running, for so long. */
  void stillRunning(Duration quiet, List<RunningTest> running);

  /** A test that has started and not finished. */
  record RunningTest(String name, Duration runningFor) {}
}
