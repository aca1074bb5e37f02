package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Why a group was cancelled, ordered from least to most severe. The first decision stands; the
 * order lets a reporter rank cancellations that come from different sources.
 */
@API(status = INTERNAL, since = "0.1")
public enum CancelReason {
  /** A test called {@code GroupSignal.cancel(reason)}. */
  ON_PURPOSE,
  /** A member's failure matched the group's fatal types. */
  FATAL_FAILURE,
  /**
   * The build JVM counted {@code skipAfterFailureCount} failed tests: it cancels the whole run,
   * every group and ungrouped class, whatever the scope.
   */
  FAILURE_BUDGET;

  /** Whether a cancellation for this reason cancels the whole run, not the scope it reaches. */
  public boolean cancelsRun() {
    return this == FAILURE_BUDGET;
  }
}
