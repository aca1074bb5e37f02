package dev.failfast.maven.forks;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Surefire's {@code skipAfterFailureCount}: the run is cancelled at its N-th failed or errored test,
 * counted over every test JVM by final results only (a rerun's earlier attempts, and so flaky
 * tests, never count). Counted from any test JVM's reader thread.
 */
public final class FailureBudget {

  /** No budget: the run goes on whatever fails. */
  public static final FailureBudget NONE = new FailureBudget(0);

  private final int limit;
  private final AtomicInteger failed = new AtomicInteger();

  private FailureBudget(int limit) {
    this.limit = limit;
  }

  /**
   * Reads {@code skipAfterFailureCount}.
   *
   * @param text nullable; unset or {@code 0}: {@link #NONE}
   * @throws IllegalArgumentException naming the value and the fix
   */
  public static FailureBudget parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    int limit;
    try {
      limit = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 0) {
      throw new IllegalArgumentException("skipAfterFailureCount: '" + text.trim() + "' is not a number of failures;"
          + " give how many failed tests stop the run, such as 1 (the first failure), or 0 for no limit");
    }
    return limit == 0 ? NONE : new FailureBudget(limit);
  }

  /** Whether there is a budget at all. */
  public boolean isSet() {
    return limit > 0;
  }

  /** Counts a failed test; {@code true} for the one that reaches the budget, only once. */
  public boolean failed() {
    return isSet() && failed.incrementAndGet() == limit;
  }

  /** The budget as stopped tests name it: {@code failure budget of 2 reached (skipAfterFailureCount)}. */
  public String reached() {
    return "failure budget of " + limit + " reached (skipAfterFailureCount)";
  }
}
