package dev.failfast.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The cancellation signal of the group a test belongs to. Declare it as a parameter of a test,
 * constructor or lifecycle method of a {@link FailFastGroup} class.
 *
 * <p>Long-running work can poll it instead of relying on interruption, and a test can cancel its
 * group on purpose, without failing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface GroupSignal {

  /** The name of the group this signal belongs to. */
  String group();

  /** Whether the group has been cancelled, by a fatal failure or on purpose. */
  boolean isCancelled();

  /**
   * Ends the calling test as stopped if the group has been cancelled.
   *
   * @throws TestStoppedException when the group has been cancelled
   */
  void throwIfCancelled();

  /**
   * Waits until the group is cancelled or the timeout elapses.
   *
   * @return {@code true} once the group is cancelled, {@code false} when the timeout elapsed first
   * @throws InterruptedException when the waiting thread is interrupted for another reason
   */
  boolean await(Duration timeout) throws InterruptedException;

  /**
   * Cancels the group on purpose. The calling test goes on and reports its own outcome; the
   * stopped tests name the reason and the caller. Has no effect on an already cancelled group.
   *
   * @param reason why the group is cancelled, shown in every stopped test's report
   */
  void cancel(String reason);
}
