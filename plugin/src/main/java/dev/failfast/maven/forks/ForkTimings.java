package dev.failfast.maven.forks;

import dev.failfast.junit.partition.RunPart;
import dev.failfast.junit.partition.Timings;
import dev.failfast.maven.shard.SummaryTimings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * The durations several test JVMs share the run by: the class times of the last run's {@code
 * failfast-summary.json} in the reports directory, read before this run overwrites it, handed to
 * the test JVMs as a timings file ({@value RunPart#TIMINGS_FILE}). A CI shard's split brings its own
 * timings, which the test JVMs then share by too; without any, they go by planned test counts.
 */
public final class ForkTimings {

  /** The timings file's name in the build's temporary directory. */
  static final String FILE = "fork-timings.txt";

  private ForkTimings() {}

  /**
   * The test JVMs' parameters: {@code parameters}, plus the last run's timings when several test
   * JVMs run and nothing else gave timings.
   *
   * @param reports the reports directory, where the last run's summary is
   * @param temporary where the timings file is written
   */
  public static Map<String, String> parameters(ForkCount count, Map<String, String> parameters, Path reports,
      Path temporary, Log log) throws IOException {
    // A shard without timings must stay without: timings would change its split, and the other shards' would not.
    if (count.count() == 1 || parameters.containsKey(RunPart.TIMINGS_FILE) || parameters.containsKey(RunPart.PARTS)) {
      return parameters;
    }
    Optional<Map<String, Long>> timings = SummaryTimings.read(null, reports, log);
    if (timings.isEmpty()) {
      return parameters;
    }
    Path file = temporary.resolve(FILE);
    Timings.write(file, timings.get());
    Map<String, String> withTimings = new LinkedHashMap<>(parameters);
    withTimings.put(RunPart.TIMINGS_FILE, file.toAbsolutePath().toString());
    return withTimings;
  }
}
