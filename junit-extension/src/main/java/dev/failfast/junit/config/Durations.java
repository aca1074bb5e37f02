package dev.failfast.junit.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Parses and prints the durations users write for {@code grace} and {@code timeout}: a whole
 * number with a unit ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}), a bare number of
 * seconds, or ISO-8601 ({@code PT10S}), up to {@link #MAX}: longer ones overflow the
 * nanosecond clocks that measure them.
 */
@API(status = INTERNAL, since = "0.1")
public final class Durations {

  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("(\\d{1,18})\\s*(ms|s|sec|m|min|h)?");

  /** The longest duration accepted: 100 years, far within what {@link Duration#toNanos()} holds. */
  public static final Duration MAX = Duration.ofDays(36_500);

  private Durations() {}

  /**
   * @param name the parameter, named in the error
   * @throws IllegalArgumentException naming the parameter, the value and the accepted forms
   */
  public static Duration parse(String name, String value) {
    String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = NUMBER_WITH_UNIT.matcher(text);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      String unit = matcher.group(2) == null ? "s" : matcher.group(2);
      try {
        return bounded(name, value, switch (unit) {
          case "ms" -> Duration.ofMillis(amount);
          case "m", "min" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofSeconds(amount);
        });
      } catch (ArithmeticException e) {
        throw tooLong(name, value);
      }
    }
    if (text.startsWith("p")) {
      try {
        Duration duration = Duration.parse(text.toUpperCase(Locale.ROOT));
        if (!duration.isNegative()) {
          return bounded(name, value, duration);
        }
      } catch (DateTimeParseException e) {
        // falls through to the error below, which says what is accepted
      }
    }
    throw new IllegalArgumentException(
        name + ": '" + value + "' is not a duration; write a whole number with a unit, such as"
            + " 500ms, 10s, 2m or 1h (a bare number means seconds)");
  }

  private static Duration bounded(String name, String value, Duration duration) {
    if (duration.compareTo(MAX) > 0) {
      throw tooLong(name, value);
    }
    return duration;
  }

  private static IllegalArgumentException tooLong(String name, String value) {
    return new IllegalArgumentException(name + ": '" + value + "' is longer than the longest accepted duration, "
        + MAX.toDays() + " days (" + MAX.toHours() + "h); give a shorter one, or 0 where that means none");
  }

  /**
   * {@code 10 s} for whole seconds, {@code 250 ms} for whole milliseconds, ISO-8601 otherwise: how
   * reports name a grace or a timeout, and how the plugin hands one to the test JVM, since
   * {@link #parse} reads each of these back exactly.
   */
  public static String format(Duration duration) {
    if (duration.getNano() % 1_000_000 != 0) {
      return duration.toString();
    }
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
