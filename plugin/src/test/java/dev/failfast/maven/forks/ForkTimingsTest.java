package dev.failfast.maven.forks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.partition.RunPart;
import dev.failfast.junit.partition.Timings;
import dev.failfast.maven.report.ReportFiles;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.SummaryWriter;
import dev.failfast.maven.report.Totals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several test JVMs share the run by the last run's class times, unless a shard decides the weights. */
class ForkTimingsTest {

  private static final ForkCount TWO = new ForkCount(2, null);

  @TempDir
  Path directory;

  private Path lastRun() throws IOException {
    Path reports = directory.resolve("reports");
    SummaryWriter.write(reports.resolve(ReportFiles.SUMMARY_FILE), new RunSummary(new Totals(2, 0, 0, 0, 0), List.of(),
        Duration.ofSeconds(3), null, null, Map.of("com.acme.Slow", Duration.ofMillis(2500),
            "com.acme.Fast", Duration.ofMillis(40))));
    return reports;
  }

  @Test
  void severalTestJvmsGetTheLastRunsClassTimes() throws IOException {
    Map<String, String> parameters = ForkTimings.parameters(TWO, Map.of("failfast.scope", "run"), lastRun(), directory,
        new SystemStreamLog());

    assertThat(parameters).containsEntry("failfast.scope", "run").containsKey(RunPart.TIMINGS_FILE);
    assertThat(Timings.read(Path.of(parameters.get(RunPart.TIMINGS_FILE))))
        .isEqualTo(Map.of("com.acme.Slow", 2500L, "com.acme.Fast", 40L));
  }

  @Test
  void oneTestJvmAShardOrTimingsAlreadyGivenAreLeftAlone() throws IOException {
    Path reports = lastRun();
    Map<String, String> shard = Map.of(RunPart.PARTS, "1/2");
    Map<String, String> given = Map.of(RunPart.TIMINGS_FILE, "/shard/timings.txt");

    assertThat(ForkTimings.parameters(ForkCount.ONE, Map.of(), reports, directory, new SystemStreamLog())).isEmpty();
    assertThat(ForkTimings.parameters(TWO, shard, reports, directory, new SystemStreamLog())).isEqualTo(shard);
    assertThat(ForkTimings.parameters(TWO, given, reports, directory, new SystemStreamLog())).isEqualTo(given);
    assertThat(directory.resolve(ForkTimings.FILE)).doesNotExist();
  }

  @Test
  void withoutAnEarlierRunTheTestJvmsGoByTestCounts() throws IOException {
    Map<String, String> parameters = ForkTimings.parameters(TWO, Map.of(), directory.resolve("none"), directory,
        new SystemStreamLog());

    assertThat(parameters).isEmpty();
    assertThat(Files.list(directory)).isEmpty();
  }
}
