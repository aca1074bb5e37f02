package dev.failfast.maven.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The order test classes run in, named as Surefire's {@code runOrder}: {@code filesystem} (the
 * order the directory scan found them, Surefire's default), {@code alphabetical},
 * {@code reversealphabetical}, {@code random} (reproducible with a seed) and {@code hourly}
 * (alphabetical at even hours, reverse at odd ones). Surefire's {@code failedfirst} and
 * {@code balanced} need its run statistics, which failfast does not keep: they run in filesystem
 * order, with a warning.
 *
 * @param name the order's name, lower case
 * @param seed the random order's seed
 * @param warning nullable; why the order asked for is not the one used
 */
public record RunOrder(String name, long seed, String warning) {

  private static final List<String> NAMES =
      List.of("filesystem", "alphabetical", "reversealphabetical", "random", "hourly");
  private static final List<String> UNSUPPORTED = List.of("failedfirst", "balanced");

  /**
   * @param runOrder nullable: filesystem; Surefire's comma-separated form counts by its first name
   * @param seed nullable: a new seed
   * @throws IllegalArgumentException for a name Surefire does not know either, or a seed that is
   *     not a number
   */
  public static RunOrder of(String runOrder, String seed) {
    String first = runOrder == null || runOrder.isBlank() ? "filesystem"
        : runOrder.split(",")[0].trim().toLowerCase(Locale.ROOT);
    long actualSeed = seed == null ? new Random().nextLong() : parseSeed(seed);
    if (UNSUPPORTED.contains(first)) {
      return new RunOrder("filesystem", actualSeed, "runOrder=" + first + " needs Surefire's run statistics, which"
          + " failfast does not keep: the classes run in filesystem order");
    }
    if (!NAMES.contains(first)) {
      throw new IllegalArgumentException("runOrder: '" + runOrder + "' is not a run order; use one of "
          + String.join(", ", NAMES));
    }
    return new RunOrder(first, actualSeed, null);
  }

  private static long parseSeed(String seed) {
    try {
      return Long.parseLong(seed.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("runOrderRandomSeed: '" + seed + "' is not a number; give the seed a"
          + " random run order printed, such as 1234567", e);
    }
  }

  /**
   * @param scanned the classes in the order the scan found them
   * @param hourOfDay the hour now, for {@code hourly}
   */
  public List<String> order(List<String> scanned, int hourOfDay) {
    List<String> classes = new ArrayList<>(scanned);
    switch (name) {
      case "alphabetical" -> classes.sort(Comparator.naturalOrder());
      case "reversealphabetical" -> classes.sort(Comparator.reverseOrder());
      case "random" -> Collections.shuffle(classes, new Random(seed));
      case "hourly" -> classes.sort(hourOfDay % 2 == 0 ? Comparator.naturalOrder() : Comparator.reverseOrder());
      default -> { } // filesystem: as scanned
    }
    return classes;
  }
}
