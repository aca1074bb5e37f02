package dev.failfast.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * How a test stopped by its group's cancellation ends in JUnit's result model: as aborted, with a
 * message that names the group and what cancelled it. When a running test was interrupted, the
 * throwable it ended with is the cause.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class TestStoppedException extends TestAbortedException {

  private static final long serialVersionUID = 1L;

  public TestStoppedException(String message) {
    super(message);
  }

  public TestStoppedException(String message, Throwable cause) {
    super(message, cause);
  }
}
