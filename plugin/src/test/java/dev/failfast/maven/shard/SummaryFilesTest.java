package dev.failfast.maven.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which summary files failfast:merge reads for the paths it is given. */
class SummaryFilesTest {

  @TempDir Path directory;

  private Path summaryAt(String relative) throws IOException {
    Path file = directory.resolve(relative).resolve("failfast-summary.json");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "{}");
  }

  @Test
  void aFileIsItselfAndAReportsDirectoryItsSummary() throws IOException {
    Path named = Files.writeString(directory.resolve("one.json"), "{}");
    Path reports = summaryAt("target/surefire-reports");

    assertThat(SummaryFiles.find(List.of(named, reports.getParent()))).containsExactly(named, reports);
  }

  @Test
  void aDirectoryOfDownloadedShardsGivesEverySummaryBelowItInNameOrder() throws IOException {
    Path second = summaryAt("shards/shard-2/target/surefire-reports");
    Path first = summaryAt("shards/shard-1/target/surefire-reports");
    summaryAt("shards/a/b/c/d/e/f/too-deep");

    assertThat(SummaryFiles.find(List.of(directory.resolve("shards")))).containsExactly(first, second);
  }

  @Test
  void aPathThatDoesNotExistIsRefused() {
    Path missing = directory.resolve("missing");

    assertThatIllegalArgumentException().isThrownBy(() -> SummaryFiles.find(List.of(missing)))
        .withMessage("summaries: " + missing + " does not exist; give each shard's failfast-summary.json, or a"
            + " directory holding them, such as its reports directory");
  }

  @Test
  void aDirectoryWithoutASummaryIsRefused() throws IOException {
    Path empty = Files.createDirectories(directory.resolve("empty"));

    assertThatIllegalArgumentException().isThrownBy(() -> SummaryFiles.find(List.of(empty)))
        .withMessage("summaries: " + empty + " holds no failfast-summary.json (looked 6 levels deep); give the"
            + " directories the shards' reports were kept in");
  }
}
