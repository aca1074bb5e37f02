package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.failfast.junit.fork.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

  @Test
  void testCaseResultRequiresItsIdentityOutcomeAndTime() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestCaseResult.passed(" ", "a()", Duration.ZERO))
        .withMessage("className must not be blank");
    assertThatNullPointerException()
        .isThrownBy(() -> TestCaseResult.passed("C", null, Duration.ZERO))
        .withMessage("name must not be null");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new TestCaseResult("C", "a()", null, Duration.ZERO, null, null, null, null, null))
        .withMessage("outcome must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestCaseResult.passed("C", "a()", Duration.ofMillis(-1)))
        .withMessageStartingWith("time must not be negative");
  }

  @Test
  void classResultCopiesItsListAndMapKeepingTheMapsOrder() {
    List<TestCaseResult> tests =
        new ArrayList<>(List.of(TestCaseResult.passed("C", "a()", Duration.ZERO)));
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("z", "1");
    properties.put("a", "2");
    ClassResult result = new ClassResult("C", null, NOW, Duration.ZERO, tests, null, properties);
    tests.clear();
    properties.put("m", "3");

    assertThat(result.tests()).hasSize(1);
    assertThat(result.properties()).containsExactly(Map.entry("z", "1"), Map.entry("a", "2"));
    assertThat(result.totals()).isEqualTo(new Totals(1, 0, 0, 0, 0));
  }

  @Test
  void classResultNamesWhatIsMissing() {
    List<TestCaseResult> withNull = new ArrayList<>();
    withNull.add(null);
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);

    assertThatNullPointerException()
        .isThrownBy(
            () -> new ClassResult("C", null, null, Duration.ZERO, List.of(), null, Map.of()))
        .withMessage("timestamp must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new ClassResult("C", null, NOW, Duration.ZERO, withNull, null, Map.of()))
        .withMessage("tests must not contain null");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new ClassResult("C", null, NOW, Duration.ZERO, List.of(), null, nullValue))
        .withMessage("properties must not contain a null value for k");
    assertThatNullPointerException()
        .isThrownBy(() -> new ClassResult("C", null, NOW, Duration.ZERO, List.of(), null, null))
        .withMessage("properties must not be null");
  }

  @Test
  void totalsCountEachOutcomeOnce() {
    List<TestCaseResult> results = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      results.add(
          new TestCaseResult(
              "C", outcome.name(), outcome, Duration.ZERO, null, null, null, null, null));
    }
    Totals totals = Totals.of(results);

    assertThat(totals).isEqualTo(new Totals(5, 1, 1, 1, 1));
    assertThat(totals.passed()).isEqualTo(1);
    assertThat(totals.plus(totals)).isEqualTo(new Totals(10, 2, 2, 2, 2));
    assertThat(Totals.of(List.of())).isEqualTo(Totals.ZERO);
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void totalsCountEveryOutcomeUnderItselfAlone(Outcome outcome) {
    TestCaseResult result = new TestCaseResult("C", "a()", outcome, Duration.ZERO, null, null, null, null, null);

    Totals totals = Totals.of(List.of(result, result));

    assertThat(totals.tests()).isEqualTo(2);
    for (Outcome other : Outcome.values()) {
      assertThat(totals.count(other)).as(other.name()).isEqualTo(other == outcome ? 2 : 0);
    }
    assertThat(totals.failed()).isEqualTo(Outcomes.isFailure(outcome) ? 2 : 0);
  }

  @Test
  void totalsRejectImpossibleCounts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Totals(-1, 0, 0, 0, 0))
        .withMessage("tests must not be negative: -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Totals(2, 1, 1, 0, 1))
        .withMessageContaining("exceed tests");
  }

  @Test
  void groupSummaryAcceptsOnlyTheThreeOutcomes() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new GroupSummary("g", "stopped", Totals.ZERO, null, null, null, List.of()))
        .withMessageContaining("passed, failed, cancelled");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new GroupSummary("g", "cancelled", Totals.ZERO, null, null, -1L, List.of()))
        .withMessageContaining("cancelLatencyNanos");
    List<String> alsoFailed = new ArrayList<>(List.of("C.b()"));
    GroupSummary group =
        new GroupSummary("g", GroupSummary.CANCELLED, Totals.ZERO, "C.a()", "boom", 5L, alsoFailed);
    alsoFailed.clear();
    assertThat(group.alsoFailed()).containsExactly("C.b()");
  }

  @Test
  void runSummaryRequiresTotalsGroupsAndElapsed() {
    assertThatNullPointerException()
        .isThrownBy(() -> new RunSummary(null, List.of(), Duration.ZERO, null))
        .withMessage("totals must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> new RunSummary(Totals.ZERO, null, Duration.ZERO, null))
        .withMessage("groups must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RunSummary(Totals.ZERO, List.of(), Duration.ofSeconds(-1), null))
        .withMessageStartingWith("elapsed must not be negative");
  }
}
