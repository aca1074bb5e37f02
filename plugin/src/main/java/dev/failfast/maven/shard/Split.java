package dev.failfast.maven.shard;

import dev.failfast.junit.partition.Part;
import dev.failfast.junit.partition.RunPart;
import dev.failfast.junit.partition.Timings;
import dev.failfast.maven.run.RunObserver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.maven.plugin.logging.Log;

/**
 * This build's shard of the run: which part it runs and the timings the test JVM splits by.
 *
 * @param shard the part this build runs
 * @param timings the millis of each class; empty when the split goes by planned test counts
 */
public record Split(Part shard, Map<String, Long> timings) {

  /** The name of the timings file in the build's temporary directory. */
  static final String TIMINGS_FILE = "timings.txt";

  public Split {
    timings = Map.copyOf(timings);
  }

  /**
   * The shard the settings ask for, with its timings ({@link SummaryTimings}), read before the run
   * overwrites the summary they may come from; empty for the whole run.
   *
   * @param shard nullable; the {@code shard} setting
   * @param timings nullable; the {@code timings} setting
   * @param reports the reports directory
   * @throws IllegalArgumentException naming the setting, the problem and the fix
   */
  public static Optional<Split> of(String shard, Path timings, Path reports, Log log) {
    return shard(shard).map(part -> new Split(part, SummaryTimings.read(timings, reports, log).orElse(Map.of())));
  }

  /**
   * Reads the {@code shard} setting.
   *
   * @param value nullable; unset or blank: the build runs the whole run
   * @throws IllegalArgumentException naming the setting, the problem and the fix
   */
  static Optional<Part> shard(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Part.parse("shard", value));
  }

  /**
   * The configuration parameters that make the test JVM run this shard, writing the timings file
   * they name into {@code temporary}.
   */
  public Map<String, String> parameters(Path temporary) throws IOException {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put(RunPart.PARTS, shard.toString());
    if (!timings.isEmpty()) {
      Path file = temporary.resolve(TIMINGS_FILE);
      Timings.write(file, timings);
      parameters.put(RunPart.TIMINGS_FILE, file.toAbsolutePath().toString());
    }
    return parameters;
  }

  /**
   * The console line naming this shard's share, once the test JVM has planned it: {@code shard 1/4:
   * 3 groups, 12 classes, ~41.5 s expected}, or without timings the planned test count.
   */
  public String line(RunObserver.Plan plan) {
    String share = "shard " + shard + ": " + plural(plan.groups().size(), "group") + ", "
        + plural(plan.classes().size(), "class") + ", ";
    Optional<ToLongFunction<String>> weights = Timings.weights(timings, plan.classes());
    if (weights.isEmpty()) {
      return share + plural(plan.tests(), "test") + " (no timings: split by planned test count)";
    }
    long millis = plan.classes().stream().mapToLong(weights.get()).sum();
    return share + String.format(Locale.ROOT, "~%.1f s expected", millis / 1000.0);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : noun.endsWith("s") ? "es" : "s");
  }
}
