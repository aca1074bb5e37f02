package dev.failfast.junit.rerun;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;

/**
 * The rerun settings of one launch: how many times a failing test runs again, which attempt this
 * launch runs, and whether a driver runs those attempts at all.
 *
 * @param count how many more times a failing test runs; 0 for none
 * @param attempt the attempt this launch runs: 1 for the run itself, 2 and up for reruns
 * @param driven whether failfast's test JVM drives the reruns; without it, nothing is rerun
 */
@API(status = INTERNAL, since = "0.1")
public record Reruns(int count, int attempt, boolean driven) {

  /** How many more times a failing test runs: Surefire's {@code rerunFailingTestsCount}. */
  public static final String COUNT = "failfast.rerunFailingTestsCount";
  /** Set by failfast's test JVM on the launches it drives: which attempt a launch runs. */
  public static final String ATTEMPT = "failfast.rerun.attempt";
  /** Set by failfast's test JVM on every launch it drives reruns for. */
  public static final String DRIVEN = "failfast.rerun.driven";

  /** The most reruns a test gets: a bound on how long one failing test can hold its group. */
  public static final int MAX_COUNT = 100;

  /**
   * The nodes a rerun covers: Jupiter's test methods and template invocations (parameterized,
   * repeated), which JUnit selects again by their unique id. Not a dynamic test: its factory's
   * stream need not produce it again, so it runs once, as without reruns.
   */
  private static final Set<String> TEST_SEGMENTS = Set.of("method", "test-template-invocation");

  public Reruns {
    if (count < 0 || count > MAX_COUNT || attempt < 1) {
      throw new IllegalArgumentException("count " + count + " of 0 to " + MAX_COUNT + ", attempt " + attempt + " of 1 and up");
    }
  }

  /**
   * The settings as the configuration parameters give them.
   *
   * @throws IllegalArgumentException naming the parameter, the problem and the fix
   */
  public static Reruns read(Function<String, Optional<String>> parameters) {
    int attempt = parameters.apply(ATTEMPT).map(Integer::parseInt).orElse(1); // set by failfast alone
    return new Reruns(count(COUNT, parameters.apply(COUNT).orElse("0")), attempt,
        parameters.apply(DRIVEN).map(Boolean::parseBoolean).orElse(false));
  }

  /**
   * Parses a rerun count as a user writes it, in the pom or as a parameter.
   *
   * @param setting the setting's name, for the message
   * @throws IllegalArgumentException naming the setting, the problem and the fix
   */
  public static int count(String setting, String text) {
    int count;
    try {
      count = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException(setting + ": '" + text + "' is not a whole number from 0 to " + MAX_COUNT
          + "; give how many more times a failing test runs, such as 2");
    }
    return count;
  }

  /** Whether a rerun covers the node of this unique id: a Jupiter test method or template invocation. */
  public static boolean covers(String uniqueId) {
    try {
      return TEST_SEGMENTS.contains(UniqueId.parse(uniqueId).getLastSegment().getType());
    } catch (RuntimeException e) {
      return false; // not a unique id JUnit wrote: nothing to select it by
    }
  }

  /** Whether reruns are driven in this launch: failfast's test JVM runs the later attempts. */
  public boolean active() {
    return driven && count > 0;
  }

  /**
   * Whether a failure of the node {@code uniqueId} in this launch waits for a later attempt before
   * it may cancel: reruns are driven, the node is a test they cover, and this is not its last attempt.
   */
  public boolean defers(String uniqueId) {
    return active() && attempt <= count && covers(uniqueId);
  }
}
