package dev.failfast.maven.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.EarlierAttempt;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The step summary's Markdown: its tables, its escapes and its bound. */
class StepSummaryTest {

  private static TestCaseResult failed(String name, String message) {
    return new TestCaseResult("com.acme.PayTest", name, Outcome.FAILED, Duration.ZERO, message,
        "org.opentest4j.AssertionFailedError", null, null, null);
  }

  private static String markdown(List<GroupSummary> groups, List<TestCaseResult> tests) {
    ClassResult result = new ClassResult("com.acme.PayTest", null, Instant.EPOCH, Duration.ZERO, tests, null, Map.of());
    return StepSummary.markdown("shop", new RunSummary(Totals.of(tests), groups, Duration.ZERO, null), List.of(result),
        test -> "src/test/java/com/acme/PayTest.java:9");
  }

  @Test
  void theTotalsTheGroupsAndTheFailures() {
    GroupSummary payments = new GroupSummary("payments", GroupSummary.CANCELLED, new Totals(3, 0, 1, 0, 2),
        "com.acme.PayTest.charge()", "IllegalStateException: gateway down", 1_000L, List.of());
    assertThat(markdown(List.of(payments), List.of(failed("refund", "expected: <1>\nbut was: <2>")))).isEqualTo("""
        ### failfast: shop

        **Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Stopped: 0**

        | Group | Outcome | Tests | Failures | Errors | Skipped | Stopped | Cancelled by |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | payments | cancelled | 3 | 0 | 1 | 0 | 2 | com.acme.PayTest.charge(): IllegalStateException: gateway down |

        #### Failures

        | Test | Place | Message |
        | --- | --- | --- |
        | com.acme.PayTest.refund | src/test/java/com/acme/PayTest.java:9 | expected: &lt;1&gt; |
        """);
  }

  @Test
  void flakyTestsAreCountedInTheTotalsAndTheirGroupsColumn() {
    GroupSummary network = new GroupSummary("network", GroupSummary.PASSED, new Totals(Map.of(Outcome.PASSED, 2), 1),
        null, null, null, List.of());
    TestCaseResult flaky = new TestCaseResult("com.acme.PayTest", "connects", Outcome.PASSED, Duration.ZERO, null, null,
        null, null, null, List.of(new EarlierAttempt(Outcome.ERROR, "refused", "java.net.ConnectException", null)));
    assertThat(markdown(List.of(network), List.of(flaky))).isEqualTo("""
        ### failfast: shop

        **Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0, Flakes: 1**

        | Group | Outcome | Tests | Failures | Errors | Skipped | Stopped | Flakes | Cancelled by |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        | network | passed | 2 | 0 | 0 | 0 | 0 | 1 |  |
        """);
  }

  @Test
  void aCellKeepsToOneLineWithoutPipesMarkupOrControlCharacters() {
    assertThat(StepSummary.cell("a|b\r\nc\nd\re <img> & \u001B[31m"))
        .isEqualTo("a&#124;b<br>c<br>d<br>e &lt;img&gt; &amp; \\u001B[31m");
  }

  @Test
  void aCellIsCutAtItsBound() {
    String atTheBound = "c".repeat(StepSummary.CELL_LIMIT);
    assertThat(StepSummary.cell(atTheBound)).isEqualTo(atTheBound);
    assertThat(StepSummary.cell(atTheBound + "c")).isEqualTo(atTheBound + "… [1 characters cut]");
  }

  @Test
  void manyFailuresStayWithinTheBoundAndSayHowManyMore() {
    String text = markdown(List.of(), IntStream.range(0, 1_000).mapToObj(i -> failed("t" + i, "x".repeat(400))).toList());
    assertThat(text.length()).isLessThanOrEqualTo(StepSummary.LIMIT);
    long rows = text.lines().filter(line -> line.startsWith("| com.acme.PayTest.t")).count();
    assertThat(rows).isGreaterThan(50).isLessThan(1_000);
    assertThat(text).endsWith("\n… " + (1_000 - rows) + " more failures, in the reports\n");
  }
}
