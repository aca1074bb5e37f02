package dev.failfast.maven.shard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.partition.Part;
import dev.failfast.maven.RecordingLog;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.SummaryWriter;
import dev.failfast.maven.report.Totals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a shard's timings come from, and that nothing about them fails a build. */
class SummaryTimingsTest {

  @TempDir Path directory;
  private final RecordingLog log = new RecordingLog();

  private static RunSummary summary(Part shard, Map<String, Duration> classTimes) {
    return new RunSummary(new Totals(2, 0, 0, 0, 0), List.of(), Duration.ofSeconds(3), null, shard, classTimes);
  }

  @Test
  void theLastRunsSummaryInTheReportsDirectoryGivesEachClassesMillis() throws IOException {
    Path reports = directory.resolve("surefire-reports");
    SummaryWriter.write(reports.resolve("failfast-summary.json"),
        summary(null, Map.of("a.Slow", Duration.ofMillis(4_200), "a.Fast", Duration.ofMillis(3))));

    assertThat(SummaryTimings.read(null, reports, log)).contains(Map.of("a.Slow", 4_200L, "a.Fast", 3L));
    assertThat(log.lines()).isEmpty();
  }

  @Test
  void anExplicitFileOrDirectoryWinsOverTheReportsDirectory() throws IOException {
    Path merged = directory.resolve("merged/failfast-summary.json");
    SummaryWriter.write(merged, summary(null, Map.of("a.A", Duration.ofMillis(7))));
    SummaryWriter.write(directory.resolve("reports/failfast-summary.json"),
        summary(null, Map.of("a.B", Duration.ofMillis(9))));

    assertThat(SummaryTimings.read(merged, directory.resolve("reports"), log)).contains(Map.of("a.A", 7L));
    assertThat(SummaryTimings.read(merged.getParent(), directory.resolve("reports"), log)).contains(Map.of("a.A", 7L));
  }

  @Test
  void noEarlierRunIsSaidWithoutAWarning() {
    assertThat(SummaryTimings.read(null, directory.resolve("reports"), log)).isEmpty();
    assertThat(log.lines()).containsExactly("[INFO] No timings: no earlier run's summary at "
        + directory.resolve("reports/failfast-summary.json") + "; the split goes by planned test counts");
  }

  @Test
  void aMissingExplicitFileIsAWarning() {
    Path missing = directory.resolve("timings.json");

    assertThat(SummaryTimings.read(missing, directory, log)).isEmpty();
    assertThat(log.lines()).containsExactly(
        "[WARNING] timings: " + missing + " does not exist; the split goes by planned test counts");
  }

  @Test
  void anUnreadableSummaryIsAWarning() throws IOException {
    Path broken = Files.writeString(directory.resolve("failfast-summary.json"), "{ \"version\" : ");

    assertThat(SummaryTimings.read(broken, directory, log)).isEmpty();
    assertThat(log.lines()).singleElement().asString()
        .startsWith("[WARNING] timings: cannot use " + broken + " is not JSON: ")
        .endsWith("; the split goes by planned test counts");
  }

  @Test
  void aShardsOwnSummaryIsRefusedSinceShardsWouldDisagree() throws IOException {
    Path file = directory.resolve("failfast-summary.json");
    SummaryWriter.write(file, summary(new Part(1, 2), Map.of("a.A", Duration.ofMillis(7))));

    assertThat(SummaryTimings.read(null, directory, log)).isEmpty();
    assertThat(log.lines()).containsExactly("[WARNING] timings: " + file + " is shard 1/2's summary, which times"
        + " only that shard's classes; give every shard the same timings, such as the summary failfast:merge"
        + " writes; the split goes by planned test counts");
  }

  @Test
  void aSummaryWithoutClassTimesIsAWarning() throws IOException {
    Path file = Files.writeString(directory.resolve("failfast-summary.json"), """
        { "version" : 1, "totals" : { "tests" : 0, "failures" : 0, "errors" : 0, "skipped" : 0, "stopped" : 0 },
          "elapsedMillis" : 20, "forkExit" : null, "groups" : [ ] }""");

    assertThat(SummaryTimings.read(file, directory, log)).isEmpty();
    assertThat(log.lines()).containsExactly("[WARNING] timings: " + file + " holds no class times (a summary of"
        + " version 1, or of a run without tests); the split goes by planned test counts");
  }
}
