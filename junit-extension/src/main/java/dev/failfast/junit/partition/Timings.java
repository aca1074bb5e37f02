package dev.failfast.junit.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import dev.failfast.junit.group.TextLimit;
import org.apiguardian.api.API;

/**
 * The file of recorded class durations that the build JVM hands the test JVM for a split
 * ({@value RunPart#TIMINGS_FILE}): UTF-8 text, one {@code className<TAB>millis} line per top-level
 * class (millis a whole number of at least 0), lines starting with {@code #} ignored. Both JVMs
 * read and write it only here.
 */
@API(status = INTERNAL, since = "0.1")
public final class Timings {

  private static final String HEADER = "# failfast timings: className<TAB>millis, one top-level class a line";

  /** The most of a bad line an error shows. */
  static final int LINE_SHOWN = 200;

  private Timings() {}

  /** Writes {@code millisByClass} as the file {@link #read} reads back, sorted by class name. */
  public static void write(Path file, Map<String, Long> millisByClass) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + "\n");
      for (Map.Entry<String, Long> entry : new TreeMap<>(millisByClass).entrySet()) {
        if (entry.getKey().isEmpty() || entry.getKey().contains("\t") || entry.getKey().contains("\n")
            || entry.getValue() < 0) {
          throw new IllegalArgumentException("no timing line for '" + entry.getKey() + "': " + entry.getValue());
        }
        out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
      }
    }
  }

  /**
   * Reads a file {@link #write} wrote: the millis of each class, by name.
   *
   * @throws IOException naming the file and its first bad line
   */
  public static Map<String, Long> read(Path file) throws IOException {
    Map<String, Long> millisByClass = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        Long millis = tab > 0 ? millis(line.substring(tab + 1)) : null;
        if (millis == null) {
          throw new IOException(file + " line " + number + " is not 'className<TAB>millis': "
              + TextLimit.cut(line, LINE_SHOWN));
        }
        millisByClass.put(line.substring(0, tab), millis);
      }
    }
    return millisByClass;
  }

  /**
   * What each class weighs by these timings: its own millis, or for a class they do not name, the
   * mean (rounded up) of those of {@code classes} they name; empty when they name none of them.
   */
  public static Optional<ToLongFunction<String>> weights(Map<String, Long> millisByClass, Collection<String> classes) {
    long[] known = classes.stream().filter(millisByClass::containsKey).mapToLong(millisByClass::get).toArray();
    if (known.length == 0) {
      return Optional.empty();
    }
    long mean = (Arrays.stream(known).sum() + known.length - 1) / known.length;
    return Optional.of(className -> millisByClass.getOrDefault(className, mean));
  }

  private static Long millis(String text) {
    try {
      long millis = Long.parseLong(text);
      return millis >= 0 ? millis : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
