package dev.failfast.junit.harness;

import dev.failfast.junit.TestStoppedException;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;

/** Everything the launcher reported about one test or container. */
public final class TestResult {

  private final RunResult run;
  private final TestIdentifier id;
  private final String className;
  private final String methodName;
  int started;
  int finished;
  int skipped;
  TestExecutionResult result;
  String skipReason;
  /** Whether it is a test or container that failfast stopped whole ({@code Launch.wholeStops}). */
  boolean stoppedWhole;

  TestResult(RunResult run, TestIdentifier id, String className, String methodName) {
    this.run = run;
    this.id = id;
    this.className = className;
    this.methodName = methodName;
  }

  public RunResult run() {
    return run;
  }

  public TestIdentifier identifier() {
    return id;
  }

  public String uniqueId() {
    return id.getUniqueId();
  }

  public String displayName() {
    return id.getDisplayName();
  }

  /** Binary name of the class the test (or container) belongs to. */
  public String className() {
    return className;
  }

  /** The Java method behind the test: for invocations and dynamic tests, the template/factory. */
  public String methodName() {
    return methodName;
  }

  public boolean isTest() {
    return id.isTest();
  }

  public boolean wasStoppedWhole() {
    return stoppedWhole;
  }

  public boolean wasStarted() {
    return started > 0;
  }

  public int startedEvents() {
    return started;
  }

  /** Finished plus skipped events: exactly one for every test (docs/rules.md G10). */
  public int terminalEvents() {
    return finished + skipped;
  }

  public Status status() {
    if (finished + skipped == 0) {
      return Status.NOT_REPORTED;
    }
    if (skipped > 0) {
      return Status.SKIPPED;
    }
    switch (result.getStatus()) {
      case SUCCESSFUL:
        return Status.PASSED;
      case FAILED:
        return Status.FAILED;
      default:
        return throwable() instanceof TestStoppedException ? Status.STOPPED : Status.ABORTED;
    }
  }

  public Throwable throwable() {
    return result == null ? null : result.getThrowable().orElse(null);
  }

  public Optional<TestExecutionResult> result() {
    return Optional.ofNullable(result);
  }

  /** The throwable's message, or the skip reason for a disabled test. */
  public String message() {
    if (skipped > 0) {
      return skipReason;
    }
    Throwable t = throwable();
    return t == null ? null : t.getMessage();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(isTest() ? "test " : "container ")
        .append(className == null ? "?" : simple(className))
        .append('.')
        .append(methodName == null ? "" : methodName)
        .append(" [")
        .append(displayName())
        .append("] ")
        .append(status());
    if (terminalEvents() > 1 || started > 1) {
      s.append(" (started ").append(started).append("x, terminal ").append(terminalEvents()).append("x)");
    }
    Throwable t = throwable();
    if (t != null) {
      s.append(" ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        s.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
      }
    } else if (skipReason != null) {
      s.append(" ").append(skipReason);
    }
    return s.toString();
  }

  private static String simple(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }
}
