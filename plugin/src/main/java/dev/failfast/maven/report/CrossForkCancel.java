package dev.failfast.maven.report;

import java.util.List;

/**
 * How a cancellation of the whole run reached the test JVMs the build JVM told of it ({@code
 * scope=run} over several test JVMs, or the failure budget): one figure per such test JVM, on the
 * build JVM's clock, from its receipt of the cancellation (its own decision, for the budget).
 *
 * @param reachedNanos until that test JVM's own cancellation arrived: it admits no more tests and
 *     has interrupted its running ones
 * @param settledNanos until its {@code groupSettled} arrived: every test of it that was running has
 *     returned (a test that ignores its interrupt takes its time)
 */
public record CrossForkCancel(List<Long> reachedNanos, List<Long> settledNanos) {

  /** No cancellation crossed test JVMs. */
  public static final CrossForkCancel NONE = new CrossForkCancel(List.of(), List.of());

  public CrossForkCancel {
    reachedNanos = Preconditions.copyOf(reachedNanos, "reachedNanos");
    settledNanos = Preconditions.copyOf(settledNanos, "settledNanos");
  }
}
