package dev.failfast.maven.run;

import dev.failfast.junit.group.StopMessage;
import dev.failfast.maven.fork.ForkExit;

/**
 * What a run's end means: after a finished run nothing; otherwise every test without a result
 * gets one (finished tests keep theirs) and the build learns how the test JVM ended.
 *
 * @param forkExit nullable; how the test JVM ended abnormally, for the summary
 * @param failure nullable; the build failure this end causes by itself
 */
public record RunEnding(String forkExit, String failure) {

  public static RunEnding conclude(RunModel model, ForkExit exit, Watchdog.Stop stop) {
    if (model.finishedRun()) {
      String missing = "the test JVM finished its run without reporting this test";
      model.finishUnfinished(missing, StopMessage.unreported(missing));
      return new RunEnding(null, null);
    }
    String predicate = exit.describe(model.exiting());
    String how = "the test JVM " + predicate;
    String brief = "the test JVM " + exit.summarize(model.exiting());
    model.finishUnfinished("while this test was running, " + brief,
        StopMessage.beforeItStarted(brief));
    return switch (stop) {
      case OVERDUE -> new RunEnding(how, null); // stopped tests alone do not fail a build
      case TIMEOUT -> new RunEnding(how, "The test run timed out: " + how);
      case NONE -> new RunEnding(how, "The test JVM died before the run finished: it " + predicate);
    };
  }
}
