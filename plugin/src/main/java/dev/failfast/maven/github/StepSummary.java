package dev.failfast.maven.github;

import dev.failfast.junit.group.TextLimit;
import dev.failfast.maven.console.ConsoleReporter;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupColumns;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.Outcomes;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.VisibleEscape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The run in Markdown for GitHub's job summary ({@code $GITHUB_STEP_SUMMARY}): the totals, a row
 * per group and a row per failure, within {@value #LIMIT} characters (GitHub refuses a step's
 * summary over 1 MiB), the rows left out counted on a visible line.
 */
final class StepSummary {

  /** The most characters one run's summary takes, well below GitHub's 1 MiB per step. */
  static final int LIMIT = 64 * 1024;

  /** The most of one table cell: a name, a cause, a message's first line. */
  static final int CELL_LIMIT = 500;

  /** Room kept for the lines that say how many rows were left out. */
  private static final int RESERVE = 256;

  private StepSummary() {}

  /**
   * @param project the project whose tests ran, naming the summary among a multi-module build's
   * @param places where each failure's annotation points, to name its place
   */
  static String markdown(String project, RunSummary summary, List<ClassResult> classes,
      Function<TestCaseResult, String> places) {
    Budget text = new Budget();
    text.line("### failfast: " + cell(project));
    text.line("");
    text.line("**" + ConsoleReporter.totalsLine(summary.totals()) + "**");
    if (!summary.groups().isEmpty()) {
      GroupColumns columns = GroupColumns.of(summary.groups());
      List<String> rows = new ArrayList<>();
      for (GroupSummary group : summary.groups()) {
        rows.add(row(columns.row(cell(group.name()), group, group.cancelledBy() == null ? ""
            : cell(group.cancelledBy() + (group.cause() == null ? "" : ": " + group.cause())))));
      }
      text.table(columns.header(), rows.stream(), rows.size(), "groups");
    }
    long failures = summary.totals().failed();
    if (failures > 0) {
      text.line("");
      text.line("#### Failures");
      // Rows are made only while they fit: a run can have many thousands of failures.
      text.table(List.of("Test", "Place", "Message"), classes.stream().flatMap(result -> result.tests().stream())
          .filter(test -> Outcomes.isFailure(test.outcome()))
          .map(test -> row(List.of(cell(test.className() + "." + test.name()), cell(places.apply(test)),
              cell(GitHubActions.failureText(test).lines().findFirst().orElse(""))))), failures, "failures");
    }
    return text.toString();
  }

  /**
   * A table cell: one line, no control character, no {@code |} or markup of the test's own, cut
   * to {@value #CELL_LIMIT} characters.
   */
  static String cell(String text) {
    String escaped = VisibleEscape.controls(TextLimit.cut(text, CELL_LIMIT), "\r\n");
    StringBuilder out = new StringBuilder(escaped.length() + 16);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      switch (c) {
        case '|' -> out.append("&#124;");
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append(i + 1 < escaped.length() && escaped.charAt(i + 1) == '\n' ? "" : "<br>");
        case '\n' -> out.append("<br>");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  /** The Markdown so far, which takes a row only while the whole stays within {@link #LIMIT}. */
  private static final class Budget {

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      text.append(line).append('\n');
    }

    /**
     * @param rows consumed only while they fit
     * @param total how many rows there are
     */
    void table(List<String> header, Stream<String> rows, long total, String what) {
      line("");
      line(row(header));
      line(row(header.stream().map(column -> "---").toList()));
      long written = 0;
      for (Iterator<String> next = rows.iterator(); next.hasNext(); written++) {
        String row = next.next();
        if (text.length() + row.length() + 1 > LIMIT - RESERVE) {
          break;
        }
        line(row);
      }
      if (written < total) {
        line("");
        line("… " + (total - written) + " more " + what + ", in the reports");
      }
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
