package dev.failfast.maven.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.RecordingLog;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.RunObserver.Plan;
import dev.failfast.maven.run.RunObserver.RunningTest;
import dev.failfast.maven.run.RunObserver.Stopping;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/** What a test controls reaches the console escaped on every path, and no name widens the group table. */
class ConsoleEscapingTest {

  /** An ANSI colour, a carriage return (which rewrites the line) and the terminal bell. */
  private static final String HOSTILE = "red\u001B[31m\rback\u0007bell";

  private static final String ESCAPED = "red\\u001B[31m\\u000Dback\\u0007bell";

  @TempDir
  Path temp;

  @Test
  void everyConsolePathEscapesNamesAndMessages() {
    RecordingLog log = new RecordingLog();
    ConsoleReporter console = new ConsoleReporter(log, System.out, ReportOptions.DEFAULTS, temp);
    String group = "group" + HOSTILE;
    Cancellation cancellation = new Cancellation(group, "FATAL_FAILURE", "id", "com.acme.T.t" + HOSTILE + "()",
        HOSTILE, "group '" + group + "' cancelled by com.acme.T.t" + HOSTILE + "(): " + HOSTILE, 1);
    TestCaseResult failed = new TestCaseResult("com.acme.T", "t" + HOSTILE, Outcome.ERROR, Duration.ZERO, HOSTILE,
        "java.lang.IllegalStateException", "java.lang.IllegalStateException: " + HOSTILE
            + "\n\tat com.acme.T.t(T.java:9)", null, null);
    ClassResult result = new ClassResult("com.acme.T", group, Instant.EPOCH, Duration.ZERO, List.of(failed), null,
        Map.of());

    console.planComplete(new Plan(1, List.of("com.acme.T"), 0, List.of(group)));
    console.groupCancelled(cancellation, new Stopping(1, 0, 0));
    console.memberOverdue("com.acme.T.t" + HOSTILE + "()", cancellation, Duration.ofSeconds(1));
    console.stillRunning(Duration.ofSeconds(30), List.of(new RunningTest("com.acme.T.t" + HOSTILE + "()",
        Duration.ofSeconds(31))));
    console.classFinished(result);
    console.summary(new RunSummary(new Totals(1, 0, 1, 0, 0), List.of(new GroupSummary(group, GroupSummary.CANCELLED,
        new Totals(1, 0, 1, 0, 0), "com.acme.T.t" + HOSTILE + "()", HOSTILE, null, List.of())), Duration.ZERO, null),
        List.of(result));

    List<String> lines = log.lines();
    assertThat(String.join("\n", lines)).doesNotContain("\u001B", "\r", "\u0007");
    assertThat(lines).anyMatch(line -> line.startsWith("[INFO] Running 1 test in 1 class; groups: group" + ESCAPED));
    assertThat(lines).anyMatch(line -> line.startsWith("[WARNING] Group 'group" + ESCAPED + "' cancelled by"));
    assertThat(lines).anyMatch(line -> line.contains("after group 'group" + ESCAPED + "' was cancelled"));
    assertThat(lines).anyMatch(line -> line.contains("still running: com.acme.T.t" + ESCAPED + "() (31 s)"));
    assertThat(lines).anyMatch(line -> line.startsWith("[ERROR] com.acme.T.t" + ESCAPED + " -- Time elapsed")
        && line.contains("java.lang.IllegalStateException: " + ESCAPED));
    assertThat(lines).contains("[ERROR]   T.t:9 IllegalState " + ESCAPED);
    assertThat(lines).anyMatch(line -> line.startsWith("[INFO] group" + ESCAPED + "  cancelled"));
  }

  @Test
  void aLongGroupNameIsCutToTheColumnWidthWithAMarker() {
    String atTheBound = "g".repeat(ConsoleText.COLUMN_LIMIT);
    String longer = "h".repeat(10_000);
    List<String> table = ConsoleReporter.groupTable(List.of(
        new GroupSummary(atTheBound, GroupSummary.PASSED, new Totals(1, 0, 0, 0, 0), null, null, null, List.of()),
        new GroupSummary(longer, GroupSummary.PASSED, new Totals(2, 0, 0, 0, 0), null, null, null, List.of())));
    String cut = "h".repeat(ConsoleText.COLUMN_LIMIT) + "… [" + (10_000 - ConsoleText.COLUMN_LIMIT) + " characters cut]";
    assertThat(table).hasSize(3);
    assertThat(table.get(1)).startsWith(atTheBound + " ".repeat(cut.length() - atTheBound.length()) + "  passed");
    assertThat(table.get(2)).startsWith(cut + "  passed");
    assertThat(table).allMatch(line -> line.length() < 200, "every row stays narrow");
  }

  @Test
  void aNameOfControlCharactersIsCutBeforeItWidensTheColumn() {
    String escapes = "\u001B".repeat(ConsoleText.COLUMN_LIMIT);
    List<String> table = ConsoleReporter.groupTable(List.of(
        new GroupSummary(escapes, GroupSummary.PASSED, new Totals(1, 0, 0, 0, 0), null, null, null, List.of())));
    assertThat(table.get(1)).startsWith("\\u001B".repeat(ConsoleText.COLUMN_LIMIT / 6) + "… [");
    assertThat(table.get(1).length()).isLessThan(200);
  }
}
