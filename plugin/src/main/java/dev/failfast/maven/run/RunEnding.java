package dev.failfast.maven.run;

import dev.failfast.junit.group.StopMessage;
import dev.failfast.maven.fork.ForkExit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a run's end means: after a finished run nothing; otherwise every test without a result
 * gets one (finished tests keep theirs) and the build learns how the test JVM ended. With several
 * test JVMs each is concluded alone: one that died takes nothing of the others with it.
 *
 * @param forkExit nullable; how the test JVM ended abnormally, for the summary
 * @param failure nullable; the build failure this end causes by itself
 */
public record RunEnding(String forkExit, String failure) {

  /**
   * How one test JVM's end concludes its part of the run.
   *
   * @param stop why the watchdog ended it, if it did
   */
  public static RunEnding conclude(ForkChannel fork, ForkExit exit, Watchdog.Stop stop) {
    if (fork.finishedRun()) {
      String missing = fork.name() + " finished its run without reporting this test";
      fork.finishUnfinished(missing, StopMessage.unreported(missing));
      return new RunEnding(null, null);
    }
    String predicate = exit.describe(fork.exiting());
    String how = fork.name() + " " + predicate;
    String brief = fork.name() + " " + exit.summarize(fork.exiting());
    fork.finishUnfinished("while this test was running, " + brief, StopMessage.beforeItStarted(brief));
    return switch (stop) {
      case OVERDUE -> new RunEnding(how, null); // stopped tests alone do not fail a build
      case TIMEOUT -> new RunEnding(how, "The test run timed out: " + how);
      case NONE -> new RunEnding(how, Character.toUpperCase(fork.name().charAt(0)) + fork.name().substring(1)
          + " died before the run finished: it " + predicate);
    };
  }

  /** The end of a run over several test JVMs: what each ended with, in their order. */
  public static RunEnding of(List<RunEnding> forks) {
    return new RunEnding(joined(forks, RunEnding::forkExit, "; "),
        joined(forks, RunEnding::failure, System.lineSeparator()));
  }

  private static String joined(List<RunEnding> forks, Function<RunEnding, String> part, String separator) {
    List<String> parts = forks.stream().map(part).filter(Objects::nonNull).toList();
    return parts.isEmpty() ? null : String.join(separator, parts);
  }
}
