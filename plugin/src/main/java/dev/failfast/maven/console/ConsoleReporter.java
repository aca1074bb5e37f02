package dev.failfast.maven.console;

import dev.failfast.junit.config.Durations;
import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupSummary;
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

  /**
   * @param out where test output goes, as it arrives
   * @param reportsDirectory where redirected test output goes
   */
  public ConsoleReporter(Log log, PrintStream out, ReportOptions options, Path reportsDirectory) {
    this.log = log;
    this.out = out;
    this.options = options;
    this.redirected = new RedirectedOutput(reportsDirectory);
  }

  @Override
  public void planComplete(int tests, int classes, int templates, List<String> groups) {
    // A template's invocations and a factory's tests are known only as they run.
    String what = templates == 0 ? "Running " + plural(tests, "test") + " in " + plural(classes, "class")
        : "Running " + plural(classes, "class") + ": " + plural(tests, "test") + " known before they run, and what "
            + plural(templates, "template or factory", "templates and factories") + " will add";
    log.info(what + (groups.isEmpty() ? "" : "; " + (groups.size() > NAMED ? groups.size() + " " : "") + "groups: "
        + firstNamed(groups.stream().map(ConsoleText::name).toList())));
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
    boolean failed = totals.failures() + totals.errors() > 0;
    String line = counts(totals, totals.stopped() > 0) + ", Time elapsed: " + seconds(result.time())
        + (failed ? " <<< FAILURE!" : "") + " -- in " + ConsoleText.name(result.className());
    if (failed) {
      log.error(line);
    } else if (totals.skipped() + totals.stopped() > 0) {
      log.warn(line);
    } else {
      log.info(line);
    }
    for (TestCaseResult test : result.tests()) {
      if (test.outcome() == Outcome.FAILED || test.outcome() == Outcome.ERROR) {
        log.error(ConsoleText.name(result.className() + "." + test.name()) + " -- Time elapsed: " + seconds(test.time())
            + (test.outcome() == Outcome.FAILED ? " <<< FAILURE!" : " <<< ERROR!") + "\n"
            + ConsoleText.trace(Failures.trace(result.className(), test.stackTrace(), options.trimStackTrace())));
      }
    }
    warnIfProblem(redirected.close(result.className()));
  }

  @Override
  public void groupCancelled(Cancellation cancellation, int pending, int running, int templates) {
    log.warn(ConsoleText.message(capitalized(cancellation.description())) + ": stopping " + plural(pending, "test")
        + " not yet started" + (templates == 0 ? ""
            : " (and what " + plural(templates, "template or factory", "templates and factories") + " would add)")
        + " and " + running + " running");
  }

  private void warnIfProblem(String problem) {
    if (problem != null) {
      log.warn(problem);
    }
  }

  @Override
  public void memberOverdue(String test, Cancellation cancellation, Duration grace) {
    log.warn(ConsoleText.name(test) + " did not stop within " + Durations.format(grace) + " after "
        + (cancellation.group() == null ? "the run" : "group '" + cancellation.group() + "'")
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
    boolean listed = listFailures("Failures: ", Outcome.FAILED, classes);
    listed |= listFailures("Errors: ", Outcome.ERROR, classes);
    if (listed) {
      log.info("");
    }
    Totals totals = summary.totals();
    String line = counts(totals, true);
    if (totals.failures() + totals.errors() > 0) {
      log.error(line);
    } else if (totals.skipped() + totals.stopped() > 0) {
      log.warn(line);
    } else {
      log.info(line);
    }
    if (!summary.groups().isEmpty()) {
      log.info("");
      groupTable(summary.groups()).forEach(log::info);
    }
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
          log.error("  " + Failures.resultLine(result.className(), test));
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
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Group", "Outcome", "Tests", "Failures", "Errors", "Skipped", "Stopped", "Cancelled by"});
    for (GroupSummary group : groups) {
      Totals t = group.totals();
      String by = cancelledBy(group);
      rows.add(new String[] {ConsoleText.name(group.name()), group.outcome(), num(t.tests()), num(t.failures()), num(t.errors()),
          num(t.skipped()), num(t.stopped()), by.equals(runWide) ? "the run" : by});
    }
    int[] widths = new int[rows.get(0).length];
    rows.forEach(row -> {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    });
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean number = i >= 2 && i <= 6;
        String cell = number ? " ".repeat(widths[i] - row[i].length()) + row[i]
            : i == row.length - 1 ? row[i] : row[i] + " ".repeat(widths[i] - row[i].length());
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

  static String counts(Totals totals, boolean withStopped) {
    return "Tests run: " + totals.tests() + ", Failures: " + totals.failures() + ", Errors: " + totals.errors()
        + ", Skipped: " + totals.skipped() + (withStopped ? ", Stopped: " + totals.stopped() : "");
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

  private static String num(int n) {
    return Integer.toString(n);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
