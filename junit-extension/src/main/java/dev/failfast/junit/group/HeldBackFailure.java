package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A fatal failure of a test that waits for the test's next attempt before it counts (docs/rules.md
 * "Reruns"). The next attempt's own result replaces it; when that attempt never runs (JUnit finds
 * the test no more, or its launch fails), it is the test's result and is concluded: it cancels then.
 *
 * @param scope the scope of the test's class, which it would have cancelled
 * @param testId the test's unique id, the origin of the cancellation
 * @param test the test's name, as the cancellation names its origin
 */
@API(status = INTERNAL, since = "0.1")
public record HeldBackFailure(CancelScope scope, Throwable failure, String testId, String test) {

  /** Classifies the failure now, as fatal. */
  public void conclude() {
    scope.concludeHeldBack(failure, testId, test);
  }
}
