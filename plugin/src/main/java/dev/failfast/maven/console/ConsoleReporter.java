package dev.failfast.maven.console;

import dev.failfast.junit.config.Durations;
import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupColumns;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.Outcomes;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.RunObserver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * The run on the console, in Surefire's words where Surefire has them: test output as it arrives
 * (or into files, {@link ReportOptions#redirectTestOutputToFile}), a line per class with each
 * failure's stack trace, and the Results block; and failfast's own lines. What a test controls is
 * bounded and escaped ({@link ConsoleText}).
 */
public final class ConsoleReporter implements RunObserver {

  /** How many tests (or groups) a line names before it says how many more there are. */
  private static final int NAMED = 10;

  private final Log log;
  private final PrintStream out;
  private final ReportOptions options;
  private final RedirectedOutput redirected;
  private final Function<RunObserver.Plan, List<String>> aboutPlan;

  /**
   * @param out where test output goes, as it arrives
   * @param reportsDirectory where redirected test output goes
   */
  public ConsoleReporter(Log log, PrintStream out, ReportOptions options, Path reportsDirectory) {
    this(log, out, options, reportsDirectory, plan -> List.of());
  }

  /** @param aboutPlan lines to say once the plan is known, after the line naming what runs */
  public ConsoleReporter(Log log, PrintStream out, ReportOptions options, Path reportsDirectory,
      Function<RunObserver.Plan, List<String>> aboutPlan) {
    this.log = log;
    this.out = out;
    this.options = options;
    this.redirected = new RedirectedOutput(reportsDirectory);
    this.aboutPlan = aboutPlan;
  }

  @Override
  public void planComplete(RunObserver.Plan plan) {
    int tests = plan.tests();
    int classes = plan.classes().size();
    int templates = plan.templates();
    List<String> groups = plan.groups();
    // A template's invocations and a factory's tests are known only as they run.
    String what = templates == 0 ? "Running " + plural(tests, "test") + " in " + plural(classes, "class")
        : "Running " + plural(classes, "class") + ": " + plural(tests, "test") + " known before they run, and what "
            + plural(templates, "template or factory", "templates and factories") + " will add";
    log.info(what + (groups.isEmpty() ? "" : "; " + (groups.size() > NAMED ? groups.size() + " " : "") + "groups: "
        + firstNamed(groups.stream().map(ConsoleText::name).toList())));
    aboutPlan.apply(plan).forEach(log::info);
  }

  @Override
  public void output(String report, String stream, String text) {
    if (options.redirectTestOutputToFile() && report != null) {
      warnIfProblem(redirected.append(report, text));
    } else {
      out.print(text);
      out.flush();
    }
  }

  @Override
  public void classFinished(ClassResult result) {
    Totals totals = result.totals();
    boolean failed = totals.failed() > 0;
    logCounts(totals, counts(totals, totals.stopped() > 0) + ", Time elapsed: " + seconds(result.time())
        + (failed ? " <<< FAILURE!" : "") + " -- in " + ConsoleText.name(result.className()));
    for (TestCaseResult test : result.tests()) {
      String marker = marker(test.outcome());
      if (marker != null) {
        log.error(ConsoleText.name(result.className() + "." + test.name()) + " -- Time elapsed: " + seconds(test.time())
            + marker + "\n"
            + ConsoleText.trace(Failures.trace(result.className(), test.stackTrace(), options.trimStackTrace())));
      }
    }
    warnIfProblem(redirected.close(result.className()));
  }

  @Override
  public void groupCancelled(Cancellation cancellation, RunObserver.Stopping stopping) {
    int templates = stopping.templates();
    log.warn(ConsoleText.message(GroupColumns.capitalized(cancellation.description())) + ": stopping "
        + plural(stopping.pending(), "test") + " not yet started" + (templates == 0 ? ""
            : " (and what " + plural(templates, "template or factory", "templates and factories") + " would add)")
        + " and " + stopping.running() + " running");
  }

  /** Surefire's mark on a test whose trace is printed as its class ends; {@code null} for none. */
  private static String marker(Outcome outcome) {
    return switch (outcome) {
      case FAILED -> " <<< FAILURE!";
      case ERROR -> " <<< ERROR!";
      case PASSED, SKIPPED, STOPPED -> null;
    };
  }

  /** A count line at the level its worst outcome calls for: error for a failure, warn for a test not run. */
  private void logCounts(Totals totals, String line) {
    if (totals.failed() > 0) {
      log.error(line);
    } else if (totals.passed() < totals.tests() || totals.flakes() > 0) {
      log.warn(line);
    } else {
      log.info(line);
    }
  }

  private void warnIfProblem(String problem) {
    if (problem != null) {
      log.warn(problem);
    }
  }

  @Override
  public void memberOverdue(String test, Cancellation cancellation, Duration grace) {
    log.warn(ConsoleText.name(test) + " did not stop within " + Durations.format(grace) + " after "
        + (cancellation.group() == null ? "the run" : "group '" + ConsoleText.name(cancellation.group()) + "'")
        + " was cancelled; it is reported stopped");
  }

  @Override
  public void stillRunning(Duration quiet, List<RunningTest> running) {
    log.info("No test finished for " + quiet.toSeconds() + " s; still running: "
        + firstNamed(running.stream().map(test -> ConsoleText.name(test.name()) + " (" + test.runningFor().toSeconds() + " s)").toList()));
  }

  /** The end of a run: the failing tests, the totals and a line per group. */
  public void summary(RunSummary summary, List<ClassResult> classes) {
    log.info("");
    log.info("Results:");
    log.info("");
    boolean listed = false;
    for (Outcome outcome : Outcome.values()) {
      String heading = resultsHeading(outcome);
      listed |= heading != null && listFailures(heading, outcome, classes);
    }
    listed |= new RerunLines(log).listFlakes(classes);
    if (listed) {
      log.info("");
    }
    logCounts(summary.totals(), totalsLine(summary.totals()));
    if (!summary.groups().isEmpty()) {
      log.info("");
      groupTable(summary.groups()).forEach(log::info);
    }
  }

  /** The heading of the Results block's list of the tests with this outcome; {@code null} for none. */
  private static String resultsHeading(Outcome outcome) {
    return switch (outcome) {
      case FAILED -> "Failures: ";
      case ERROR -> "Errors: ";
      case PASSED, SKIPPED, STOPPED -> null;
    };
  }

  /** Surefire's list of one kind of failure: a heading, then a line per test. */
  private boolean listFailures(String heading, Outcome outcome, List<ClassResult> classes) {
    boolean any = false;
    for (ClassResult result : classes) {
      for (TestCaseResult test : result.tests()) {
        if (test.outcome() == outcome) {
          if (!any) {
            log.error(heading);
            any = true;
          }
          if (test.earlierAttempts().isEmpty()) {
            log.error("  " + Failures.resultLine(result.className(), test));
          } else {
            new RerunLines(log).attempts(result.className(), test, log::error);
          }
        }
      }
    }
    return any;
  }

  static List<String> groupTable(List<GroupSummary> groups) {
    // Only a scope=run cancellation touches several groups (a test is in one group): name it once.
    String runWide = groups.stream().map(ConsoleReporter::cancelledBy).filter(by -> !by.isEmpty())
        .collect(Collectors.groupingBy(by -> by, Collectors.counting())).entrySet().stream()
        .filter(by -> by.getValue() > 1).map(Map.Entry::getKey).findFirst().orElse(null);
    GroupColumns columns = GroupColumns.of(groups);
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.header());
    for (GroupSummary group : groups) {
      String by = cancelledBy(group);
      rows.add(columns.row(ConsoleText.column(group.name()), group, by.equals(runWide) ? "the run" : by));
    }
    int[] widths = new int[rows.get(0).size()];
    rows.forEach(row -> {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    });
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        boolean number = columns.isNumber(i);
        String padding = " ".repeat(widths[i] - row.get(i).length());
        String cell = number ? padding + row.get(i) : i == row.size() - 1 ? row.get(i) : row.get(i) + padding;
        line.append(i == 0 ? "" : "  ").append(cell);
      }
      lines.add(line.toString().stripTrailing());
    }
    if (runWide != null) {
      lines.add("The run was cancelled by " + runWide);
    }
    return lines;
  }

  /** The first {@value #NAMED} names, then how many more. */
  private static String firstNamed(List<String> names) {
    return String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
        + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
  }

  private static String cancelledBy(GroupSummary group) {
    if (group.cancelledBy() == null) {
      return "";
    }
    String text = group.cancelledBy() + (group.cause() == null ? "" : ": " + group.cause());
    if (group.cancelLatencyNanos() != null) {
      text += String.format(Locale.ROOT, " (stopped in %.1f ms)", group.cancelLatencyNanos() / 1e6);
    }
    if (!group.alsoFailed().isEmpty()) {
      text += "; also failed: " + firstNamed(group.alsoFailed());
    }
    return ConsoleText.name(text);
  }

  /** The run's totals, as the Results block ends: the counts with Stopped, then Surefire's Flakes if any. */
  public static String totalsLine(Totals totals) {
    return counts(totals, true) + RerunLines.flakes(totals);
  }

  /**
   * Surefire's count line, {@code Tests run: 7, Failures: 1, Errors: 2, Skipped: 1}, then failfast's
   * {@code Stopped: 3} if asked for.
   */
  public static String counts(Totals totals, boolean withStopped) {
    StringBuilder line = new StringBuilder("Tests run: " + totals.tests());
    for (Outcome outcome : Outcome.values()) {
      Optional<String> name = Outcomes.countName(outcome);
      if (name.isPresent() && (outcome != Outcome.STOPPED || withStopped)) {
        line.append(", ").append(GroupColumns.capitalized(name.get())).append(": ").append(totals.count(outcome));
      }
    }
    return line.toString();
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
  }

  private static String plural(int count, String noun) {
    return plural(count, noun, noun + (noun.endsWith("s") ? "es" : "s"));
  }

  /** The count, with thousands separated as a reader expects of a large number. */
  private static String plural(int count, String one, String many) {
    return String.format(Locale.ROOT, "%,d", count) + " " + (count == 1 ? one : many);
  }

}
