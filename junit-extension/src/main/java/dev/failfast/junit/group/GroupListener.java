package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Listens to group events the JUnit result model has no place for. Listeners only observe; they
 * are called on the thread that caused the event, outside any group lock, and must not block.
 * Registered for the whole JVM through {@link GroupListeners}.
 */
@API(status = INTERNAL, since = "0.1")
public interface GroupListener {

  /** A group (or, with {@code scope=run}, the run) was cancelled. */
  default void groupCancelled(GroupCancellation cancellation) {}

  /**
   * A fatal failure arrived after its group had already been cancelled by another one (docs/rules.md G4.4): it
   * is reported as the failure it is, and named "also failed".
   */
  default void alsoFailed(GroupCancellation cancellation, String testId, String test, Throwable failure) {}

  /**
   * A member still running {@code grace} after the cancellation; it will be reported stopped
   * "did not stop within" the grace, with this stack.
   */
  default void memberOverdue(
      GroupCancellation cancellation, String testId, String test, Duration grace, StackTraceElement[] stack) {}

  /**
   * Every member that was running when the group was cancelled has returned.
   *
   * @param cancelLatencyNanos from the fatal failure reaching failfast to the last member's return
   */
  default void groupSettled(GroupCancellation cancellation, long cancelLatencyNanos) {}
}
