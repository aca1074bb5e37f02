package dev.failfast.maven.console;

import dev.failfast.junit.config.Durations;
import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.RunObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/** The run on the console, in Surefire's words where Surefire has them. */
public final class ConsoleReporter implements RunObserver {

  /** How many tests (or groups) a line names before it says how many more there are. */
  private static final int NAMED = 10;

  private final Log log;

  public ConsoleReporter(Log log) {
    this.log = log;
  }

  @Override
  public void planComplete(int tests, int classes, List<String> groups) {
    log.info("Running " + plural(tests, "test") + " in " + plural(classes, "class")
        + (groups.isEmpty() ? "" : "; " + (groups.size() > NAMED ? groups.size() + " " : "") + "groups: "
        + firstNamed(groups)));
  }

  @Override
  public void classFinished(ClassResult result) {
    Totals totals = result.totals();
    boolean failed = totals.failures() + totals.errors() > 0;
    String line = counts(totals, totals.stopped() > 0) + ", Time elapsed: " + seconds(result.time())
        + (failed ? " <<< FAILURE!" : "") + " - in " + result.className();
    if (failed) {
      log.error(line);
    } else if (totals.skipped() + totals.stopped() > 0) {
      log.warn(line);
    } else {
      log.info(line);
    }
  }

  @Override
  public void groupCancelled(Cancellation cancellation, int pending, int running) {
    log.warn(capitalized(cancellation.description()) + ": stopping " + plural(pending, "test") + " not yet started and "
        + running + " running");
  }

  @Override
  public void memberOverdue(String test, Cancellation cancellation, Duration grace) {
    log.warn(test + " did not stop within " + Durations.format(grace) + " after "
        + (cancellation.group() == null ? "the run" : "group '" + cancellation.group() + "'")
        + " was cancelled; it is reported stopped");
  }

  @Override
  public void stillRunning(Duration quiet, List<RunningTest> running) {
    log.info("No test finished for " + quiet.toSeconds() + " s; still running: "
        + firstNamed(running.stream().map(test -> test.name() + " (" + test.runningFor().toSeconds() + " s)").toList()));
  }

  /** The end of a run: the failing tests, the totals and a line per group. */
  public void summary(RunSummary summary, List<ClassResult> classes) {
    log.info("");
    log.info("Results:");
    for (ClassResult result : classes) {
      for (TestCaseResult test : result.tests()) {
        if (test.outcome() == Outcome.FAILED || test.outcome() == Outcome.ERROR) {
          String how = test.outcome() == Outcome.FAILED ? "failed" : "error";
          String message = test.message() == null ? "" : ": " + test.message().lines().findFirst().orElse("");
          log.error("  " + test.className() + "." + test.name() + " " + how + message);
        }
      }
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
      rows.add(new String[] {group.name(), group.outcome(), num(t.tests()), num(t.failures()), num(t.errors()),
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
      text += "; also failed: " + String.join(", ", group.alsoFailed());
    }
    return text;
  }

  static String counts(Totals totals, boolean withStopped) {
    return "Tests run: " + totals.tests() + ", Failures: " + totals.failures() + ", Errors: " + totals.errors()
        + ", Skipped: " + totals.skipped() + (withStopped ? ", Stopped: " + totals.stopped() : "");
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : noun.endsWith("s") ? "es" : "s");
  }

  private static String num(int n) {
    return Integer.toString(n);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
