package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the forked test JVM tells the build JVM, in this order: every node of the test plan
 * ({@link #planned}), {@link #planComplete}, then execution events as they happen (nodes of
 * dynamic tests are {@link #planned} before they start), and last {@link #runFinished}. A stream
 * that ends without {@code runFinished} means the test JVM died; {@link #exiting} may say how.
 *
 * <p>{@link EventEncoder} writes each call as the {@link ForkRecord} of the same name,
 * {@link EventDecoder} calls them back (docs/fork-protocol.md).
 */
@API(status = INTERNAL, since = "0.1")
public interface ForkEvents {

  /**
   * The test JVM's system properties, once, before the plan: each report's {@code <properties>}
   * carries them, as Surefire's do.
   */
  void systemProperties(Map<String, String> properties);

  void planned(TestNode node);

  /** The plan as discovered is complete; dynamic tests may still be added. */
  void planComplete();

  /** @param nanoTime the test JVM's {@link System#nanoTime()}, for durations */
  void started(String id, long nanoTime);

  /** Each planned node gets exactly one result, whether it started or not. */
  void finished(String id, TestResult result, long nanoTime);

  /**
   * An attempt of a test failed and the test runs again at once (docs/rules.md "Reruns"). Its one
   * result, whatever a later attempt ends with, still comes in {@link #finished}, which is the only
   * event that counts the test: an earlier attempt's failure never counts as a failure of the run.
   *
   * @param result how the attempt ended: {@link Outcome#FAILED} or {@link Outcome#ERROR}
   */
  void attemptFailed(String id, TestResult result, long nanoTime);

  /**
   * A piece of what the tests printed, a few lines or at most a few KiB, as it is printed.
   *
   * @param id nullable; the test it belongs to, {@code null} for output of no test (printed
   *     outside any test, or by a thread no running test owns), which belongs on the console
   * @param stream {@code stdout} or {@code stderr}
   */
  void output(String id, String stream, String text);

  void groupCancelled(Cancellation cancellation);

  /** A fatal failure that raced the cancelling one (docs/rules.md G4.4). */
  void alsoFailed(Cancellation cancellation, String testId, String test, String failure);

  /** A member still running {@code grace} after its group was cancelled, with its stack. */
  void memberOverdue(Cancellation cancellation, String testId, String test, Duration grace, String stack);

  void groupSettled(Cancellation cancellation, long cancelLatencyNanos);

  /** The test JVM is shutting down before the run finished, e.g. a test called System.exit. */
  void exiting(String how);

  /** The run could not start: a bad setting (naming the problem and fix) or an internal error. */
  void aborted(String problem);

  void runFinished();
}
