package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <testcase>}.
 *
 * @param className the fully qualified name of the test's class, the {@code classname} attribute
 * @param name the test's name as Surefire writes it, for example {@code charge} or {@code
 *     charge(int)[2]}
 * @param outcome how the test ended
 * @param time how long the test ran; not negative
 * @param message nullable; for {@link Outcome#STOPPED} the full {@code stopped: …} text, for {@link
 *     Outcome#SKIPPED} the reason, otherwise the throwable's message
 * @param throwableType nullable; the throwable's fully qualified class name ({@code FAILED}, {@code
 *     ERROR}; for {@code STOPPED} the type of what the test ended with, if anything)
 * @param stackTrace nullable; the full stack trace text
 * @param systemOut nullable; what the test printed to {@code System.out}, in every attempt
 * @param systemErr nullable; what the test printed to {@code System.err}, in every attempt
 * @param earlierAttempts the failed attempts before the one that gave {@code outcome}, in order;
 *     empty for a test that ran once (docs/rules.md "Reruns")
 */
public record TestCaseResult(
    String className,
    String name,
    Outcome outcome,
    Duration time,
    String message,
    String throwableType,
    String stackTrace,
    TestOutput systemOut,
    TestOutput systemErr,
    List<EarlierAttempt> earlierAttempts) {

  public TestCaseResult {
    Preconditions.notBlank(className, "className");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    Preconditions.notNegative(time, "time");
    earlierAttempts = Preconditions.copyOf(earlierAttempts, "earlierAttempts");
  }

  /** A test that ran once. */
  public TestCaseResult(String className, String name, Outcome outcome, Duration time, String message,
      String throwableType, String stackTrace, TestOutput systemOut, TestOutput systemErr) {
    this(className, name, outcome, time, message, throwableType, stackTrace, systemOut, systemErr, List.of());
  }

  /** Whether it passed after failed attempts: Surefire's flaky test. */
  public boolean flaky() {
    return outcome == Outcome.PASSED && !earlierAttempts.isEmpty();
  }

  /** A passed test with no output: the common case, spelled short. */
  public static TestCaseResult passed(String className, String name, Duration time) {
    return new TestCaseResult(className, name, Outcome.PASSED, time, null, null, null, null, null);
  }
}
