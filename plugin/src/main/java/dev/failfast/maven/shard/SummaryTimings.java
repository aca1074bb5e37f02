package dev.failfast.maven.shard;

import dev.failfast.maven.report.ReportFiles;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.SummaryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.logging.Log;

/**
 * The timings of a split, read from the class times of a {@code failfast-summary.json}: its own
 * (a file, or a directory holding one) when {@code timings} is set, else the last run's in the
 * reports directory. What cannot serve is a warning, never a failure: the split then goes by
 * planned test counts.
 */
public final class SummaryTimings {

  private static final String FALLBACK = "; the split goes by planned test counts";

  private SummaryTimings() {}

  /**
   * @param timings nullable; the {@code timings} setting
   * @param reports the reports directory, where the last run's summary is
   * @return the millis of each class, empty when there are none to use (said on {@code log})
   */
  public static Optional<Map<String, Long>> read(Path timings, Path reports, Log log) {
    Path file = timings != null ? summaryFile(timings) : reports.resolve(ReportFiles.SUMMARY_FILE);
    RunSummary summary;
    try {
      summary = SummaryReader.read(file);
    } catch (NoSuchFileException e) {
      if (timings != null) {
        log.warn("timings: " + file + " does not exist" + FALLBACK);
      } else {
        log.info("No timings: no earlier run's summary at " + file + FALLBACK);
      }
      return Optional.empty();
    } catch (IOException e) {
      log.warn("timings: cannot use " + e.getMessage() + FALLBACK);
      return Optional.empty();
    }
    if (summary.shard() != null) {
      // Shards given different timings would disagree on the split: some classes would run twice, some never.
      log.warn("timings: " + file + " is shard " + summary.shard() + "'s summary, which times only that shard's"
          + " classes; give every shard the same timings, such as the summary failfast:merge writes" + FALLBACK);
      return Optional.empty();
    }
    if (summary.classTimes().isEmpty()) {
      log.warn("timings: " + file + " holds no class times (a summary of version 1, or of a run without tests)"
          + FALLBACK);
      return Optional.empty();
    }
    Map<String, Long> millis = new TreeMap<>();
    summary.classTimes().forEach((name, time) -> millis.put(name, time.toMillis()));
    return Optional.of(millis);
  }

  /** A summary file itself, or the one in a directory. */
  static Path summaryFile(Path fileOrDirectory) {
    return Files.isDirectory(fileOrDirectory) ? fileOrDirectory.resolve(ReportFiles.SUMMARY_FILE) : fileOrDirectory;
  }
}
