package dev.failfast.maven.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.RecordingLog;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.RunObserver.Plan;
import dev.failfast.maven.run.RunObserver.Stopping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleReporterTest {

  @TempDir
  Path temp;

  @Test
  void countsReadLikeSurefire() {
    assertThat(ConsoleReporter.counts(new Totals(7, 1, 2, 1, 3), true))
        .isEqualTo("Tests run: 7, Failures: 1, Errors: 2, Skipped: 1, Stopped: 3");
  }

  @Test
  void theGroupTableAlignsItsColumns() {
    List<String> table = ConsoleReporter.groupTable(List.of(
        new GroupSummary("payments", GroupSummary.CANCELLED, new Totals(25, 0, 1, 0, 24), "com.acme.PayIT.charge()",
            "IllegalStateException: gateway down", 3_100_000L, List.of("com.acme.PayIT.refund()")),
        new GroupSummary("db", GroupSummary.PASSED, new Totals(3, 0, 0, 0, 0), null, null, null, List.of())));
    assertThat(table).containsExactly(
        "Group     Outcome    Tests  Failures  Errors  Skipped  Stopped  Cancelled by",
        "payments  cancelled     25         0       1        0       24  com.acme.PayIT.charge(): IllegalStateException:"
            + " gateway down (stopped in 3.1 ms); also failed: com.acme.PayIT.refund()",
        "db        passed         3         0       0        0        0");
  }

  /** docs/rules.md "Reruns": with flaky tests, each group's flakes have a column, as Surefire's totals line counts them. */
  @Test
  void flakyTestsGetAColumnOfTheirOwn() {
    List<String> table = ConsoleReporter.groupTable(List.of(
        new GroupSummary("network", GroupSummary.PASSED, new Totals(Map.of(Outcome.PASSED, 12), 2), null, null, null,
            List.of()),
        new GroupSummary("db", GroupSummary.PASSED, new Totals(3, 0, 0, 0, 0), null, null, null, List.of())));
    assertThat(table).containsExactly(
        "Group    Outcome  Tests  Failures  Errors  Skipped  Stopped  Flakes  Cancelled by",
        "network  passed      12         0       0        0        0       2",
        "db       passed       3         0       0        0        0       0");
    assertThat(ConsoleReporter.totalsLine(new Totals(Map.of(Outcome.PASSED, 15), 2)))
        .isEqualTo("Tests run: 15, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0, Flakes: 2");
  }

  @Test
  void aRunCancellationIsNamedOnceBelowTheGroupsItTouched() {
    String cause = "IllegalStateException: gateway down";
    List<String> table = ConsoleReporter.groupTable(List.of(
        new GroupSummary("payments", GroupSummary.CANCELLED, new Totals(2, 0, 1, 0, 1), "com.acme.PayIT.charge()", cause,
            2_000_000L, List.of()),
        new GroupSummary("catalog", GroupSummary.PASSED, new Totals(3, 0, 0, 0, 0), null, null, null, List.of()),
        new GroupSummary("orders", GroupSummary.CANCELLED, new Totals(4, 0, 0, 0, 4), "com.acme.PayIT.charge()", cause,
            2_000_000L, List.of())));
    assertThat(table).containsExactly(
        "Group     Outcome    Tests  Failures  Errors  Skipped  Stopped  Cancelled by",
        "payments  cancelled      2         0       1        0        1  the run",
        "catalog   passed         3         0       0        0        0",
        "orders    cancelled      4         0       0        0        4  the run",
        "The run was cancelled by com.acme.PayIT.charge(): IllegalStateException: gateway down (stopped in 2.0 ms)");
  }

  @Test
  void thePlanLineNamesTenGroupsAndCountsTheRest() {
    List<String> lines = new ArrayList<>();
    ConsoleReporter console = new ConsoleReporter(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        lines.add(content.toString());
      }
    }, System.out, ReportOptions.DEFAULTS, temp);
    console.planComplete(new Plan(3, List.of("a.A", "a.B"), 0, List.of("catalog", "payments")));
    console.planComplete(new Plan(200, classes(200), 0, IntStream.range(0, 200).mapToObj(i -> "g" + i).toList()));
    console.planComplete(new Plan(5466, classes(315), 1, List.of()));
    console.planComplete(new Plan(5466, classes(315), 12, List.of()));
    assertThat(lines).containsExactly(
        "Running 3 tests in 2 classes; groups: catalog, payments",
        "Running 200 tests in 200 classes; 200 groups: g0, g1, g2, g3, g4, g5, g6, g7, g8, g9 and 190 more",
        "Running 315 classes: 5,466 tests known before they run, and what 1 template or factory will add",
        "Running 315 classes: 5,466 tests known before they run, and what 12 templates and factories will add");
  }

  private static List<String> classes(int count) {
    return IntStream.range(0, count).mapToObj(i -> "com.acme.C" + i).toList();
  }

  /** Tests a template or factory has yet to add are unknown: the cancel line says so instead of undercounting. */
  @Test
  void theCancelLineSaysWhatTemplatesWouldAdd() {
    RecordingLog log = new RecordingLog();
    ConsoleReporter console = new ConsoleReporter(log, System.out, ReportOptions.DEFAULTS, temp);
    Cancellation cancellation = new Cancellation("payments", "FATAL_FAILURE", "id", "com.acme.PayIT.charge()",
        "IllegalStateException: gateway down",
        "group 'payments' cancelled by fatal failure in com.acme.PayIT.charge(): IllegalStateException: gateway down",
        1);
    console.groupCancelled(cancellation, new Stopping(3, 1, 0));
    console.groupCancelled(cancellation, new Stopping(1_234, 1, 2));
    assertThat(log.lines()).containsExactly(
        "[WARNING] Group 'payments' cancelled by fatal failure in com.acme.PayIT.charge(): IllegalStateException:"
            + " gateway down: stopping 3 tests not yet started and 1 running",
        "[WARNING] Group 'payments' cancelled by fatal failure in com.acme.PayIT.charge(): IllegalStateException:"
            + " gateway down: stopping 1,234 tests not yet started (and what 2 templates and factories would add)"
            + " and 1 running");
  }
}
