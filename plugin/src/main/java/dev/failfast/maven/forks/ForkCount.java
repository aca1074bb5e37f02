package dev.failfast.maven.forks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many test JVMs a run uses, from Surefire's {@code forkCount} syntax: a number ({@code 2}), or
 * a number of JVMs per processor core ending in {@code C} ({@code 1C}, {@code 1.5C}).
 *
 * @param count the test JVMs, between 1 and {@link #MAX}
 * @param note nullable; what the console says about a value failfast reads its own way
 *     ({@code forkCount=0})
 */
public record ForkCount(int count, String note) {

  /** The most test JVMs of one run. */
  public static final int MAX = 256;

  /** One test JVM, failfast's default. */
  public static final ForkCount ONE = new ForkCount(1, null);

  /**
   * Reads a {@code forkCount}.
   *
   * @param text nullable: unset is {@link #ONE}
   * @param processors the machine's processor cores, for {@code C}
   * @throws IllegalArgumentException naming the value and the fix
   */
  public static ForkCount parse(String text, int processors) {
    if (text == null || text.isBlank()) {
      return ONE;
    }
    String value = text.trim();
    boolean perCore = value.endsWith("C") || value.endsWith("c");
    if (!value.matches(perCore ? "[0-9]+(\\.[0-9]+)?[cC]" : "[0-9]+")) {
      throw new IllegalArgumentException("forkCount: '" + value + "' is not a number of test JVMs; give a whole number"
          + " such as 2, or a number per processor core such as 1C or 1.5C");
    }
    BigDecimal number = new BigDecimal(perCore ? value.substring(0, value.length() - 1) : value);
    if (number.signum() == 0) {
      return new ForkCount(1, "forkCount=" + value + " runs Surefire's tests inside Maven's own JVM; failfast always"
          + " runs them in a test JVM it can end, so it runs one (forkCount=1)");
    }
    BigDecimal jvms = perCore ? number.multiply(BigDecimal.valueOf(processors)) : number;
    if (jvms.compareTo(BigDecimal.valueOf(MAX)) > 0) {
      String what = perCore ? " makes " + jvms.setScale(0, RoundingMode.DOWN) + " test JVMs on " + processors + " cores,"
          : " test JVMs is";
      throw new IllegalArgumentException("forkCount: " + value + what + " above the limit of " + MAX + "; give fewer,"
          + " such as 2 or 1C (one per processor core)");
    }
    return new ForkCount(Math.max(1, jvms.setScale(0, RoundingMode.DOWN).intValueExact()), null);
  }
}
