package dev.failfast.junit.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The {@code index}-th of {@code count} parts of a run, written {@code k/n} (counting from 1).
 *
 * @param index which part, from 1 to {@code count}
 * @param count how many parts, from 1 to {@value #MAX_COUNT}
 */
@API(status = INTERNAL, since = "0.1")
public record Part(int index, int count) {

  /** The most parts a run is split into: far beyond any CI's parallel jobs. */
  public static final int MAX_COUNT = 1000;

  private static final Pattern K_OF_N = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  /** @throws IllegalArgumentException when {@code index} is not between 1 and {@code count} */
  public Part {
    if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
      throw new IllegalArgumentException("no part " + index + "/" + count);
    }
  }

  /**
   * Reads {@code k/n}.
   *
   * @param name the setting, named in the error
   * @throws IllegalArgumentException naming the setting, what is wrong with the value and the fix
   */
  public static Part parse(String name, String value) {
    Matcher matcher = K_OF_N.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(name + ": '" + value + "' is not k/n; write which part to run and"
          + " into how many parts the run is split, such as 1/4 (the first of four)");
    }
    int index = Integer.parseInt(matcher.group(1));
    int count = Integer.parseInt(matcher.group(2));
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException(name + ": '" + value + "' splits the run into " + count
          + " parts; write n from 1 to " + MAX_COUNT + ", such as 1/4");
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException(name + ": '" + value + "' asks for part " + index + " of " + count
          + "; parts count from 1, so write 1/" + count + " to " + count + "/" + count);
    }
    return new Part(index, count);
  }

  /**
   * Reads a comma-separated list of {@code k/n}, applied in order (each splits what the one before
   * left).
   *
   * @throws IllegalArgumentException as {@link #parse} does, or for an empty list
   */
  public static List<Part> parseAll(String name, String value) {
    List<Part> parts = new ArrayList<>();
    for (String one : value.split(",", -1)) {
      parts.add(parse(name, one));
    }
    return List.copyOf(parts);
  }

  /** {@code k/n}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return index + "/" + count;
  }
}
