package dev.failfast.maven.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.Totals;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

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
}
