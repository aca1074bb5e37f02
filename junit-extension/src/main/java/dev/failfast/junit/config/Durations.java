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
 * seconds, or ISO-8601 ({@code PT10S}).
 */
@API(status = INTERNAL, since = "0.1")
public final class Durations {

  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("(\\d{1,18})\\s*(ms|s|sec|m|min|h)?");

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
      return switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m", "min" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
    if (text.startsWith("p")) {
      try {
        Duration duration = Duration.parse(text.toUpperCase(Locale.ROOT));
        if (!duration.isNegative()) {
          return duration;
        }
      } catch (DateTimeParseException e) {
        // falls through to the error below, which says what is accepted
      }
    }
    throw new IllegalArgumentException(
        name + ": '" + value + "' is not a duration; write a whole number with a unit, such as"
            + " 500ms, 10s, 2m or 1h (a bare number means seconds)");
  }

  /** {@code 10 s} for whole seconds, {@code 250 ms} otherwise: how reports name a grace. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
