package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Test counts by outcome: each test counts under exactly one {@link Outcome}. The counts are kept
 * by outcome, not one field each, so that a new outcome is counted, added and checked here
 * without a change; what it means to each report is decided where {@link Outcomes} says.
 *
 * @param byOutcome how many tests ended with each outcome; an outcome it leaves out counts zero
 * @param flakes how many of the passed tests passed after failed attempts (Surefire's flakes)
 */
public record Totals(Map<Outcome, Integer> byOutcome, int flakes) {

  public static final Totals ZERO = new Totals(Map.of());

  public Totals {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    long tests = 0;
    for (Outcome outcome : Outcome.values()) {
      int count = byOutcome.getOrDefault(outcome, 0);
      counts.put(outcome, Preconditions.notNegative(count, outcome.name().toLowerCase(Locale.ROOT)));
      tests += counts.get(outcome);
    }
    if (tests > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the counts add up to " + tests + " tests, more than an int holds");
    }
    byOutcome = Collections.unmodifiableMap(counts);
    if (flakes < 0 || flakes > counts.get(Outcome.PASSED)) {
      throw new IllegalArgumentException("flakes (" + flakes + ") must be between 0 and the passed tests ("
          + counts.get(Outcome.PASSED) + ")");
    }
  }

  /** Counts without flakes. */
  public Totals(Map<Outcome, Integer> byOutcome) {
    this(byOutcome, 0);
  }

  /**
   * The counts as Surefire's console line gives them ({@code Tests run}, {@code Failures},
   * {@code Errors}, {@code Skipped}) plus failfast's {@code Stopped}; the rest of the tests passed.
   */
  public Totals(int tests, int failures, int errors, int skipped, int stopped) {
    this(surefireCounts(tests, failures, errors, skipped, stopped));
  }

  private static Map<Outcome, Integer> surefireCounts(int tests, int failures, int errors, int skipped, int stopped) {
    Preconditions.notNegative(tests, "tests");
    long notPassed = (long) failures + errors + skipped + stopped;
    if (notPassed > tests) {
      throw new IllegalArgumentException(
          "failures + errors + skipped + stopped (" + notPassed + ") exceed tests (" + tests + ")");
    }
    return Map.of(Outcome.PASSED, (int) (tests - notPassed), Outcome.FAILED, failures, Outcome.ERROR, errors,
        Outcome.SKIPPED, skipped, Outcome.STOPPED, stopped);
  }

  /** Counts the given results by outcome. */
  public static Totals of(Collection<TestCaseResult> results) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    results.forEach(result -> counts.merge(result.outcome(), 1, Math::addExact));
    return new Totals(counts, (int) results.stream().filter(TestCaseResult::flaky).count());
  }

  public Totals plus(Totals other) {
    Map<Outcome, Integer> sum = new EnumMap<>(byOutcome);
    other.byOutcome.forEach((outcome, count) -> sum.merge(outcome, count, Math::addExact));
    return new Totals(sum, Math.addExact(flakes, other.flakes));
  }

  /** How many tests ended with {@code outcome}. */
  public int count(Outcome outcome) {
    return byOutcome.get(outcome);
  }

  /** Every test counted. */
  public int tests() {
    return byOutcome.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Tests that failed, in whichever way ({@link Outcomes#isFailure}). */
  public int failed() {
    return byOutcome.entrySet().stream().filter(e -> Outcomes.isFailure(e.getKey())).mapToInt(Map.Entry::getValue)
        .sum();
  }

  public int passed() {
    return count(Outcome.PASSED);
  }

  public int failures() {
    return count(Outcome.FAILED);
  }

  public int errors() {
    return count(Outcome.ERROR);
  }

  public int skipped() {
    return count(Outcome.SKIPPED);
  }

  public int stopped() {
    return count(Outcome.STOPPED);
  }
}
