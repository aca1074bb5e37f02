package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir
  Path reports;

  private static ClassResult passed(String className) {
    return new ClassResult(className, null, Instant.now(), Duration.ZERO,
        List.of(TestCaseResult.passed(className, "works", Duration.ZERO)), null, Map.of());
  }

  @Test
  void aReportThatCannotBeWrittenCostsNoOtherAndIsNamedWithItsFix() throws IOException {
    Path blocked = Files.createDirectories(reports.resolve("TEST-com.acme.Blocked.xml").resolve("inside"));
    ReportFiles files = new ReportFiles(new SurefireReportWriter(reports));

    files.write(passed("com.acme.Blocked"));
    files.write(passed("com.acme.Fine"));
    files.writeSummary(new RunSummary(new Totals(2, 0, 0, 0, 0), List.of(), Duration.ZERO, null));

    assertThat(reports.resolve("TEST-com.acme.Fine.xml")).content().contains("name=\"works\"");
    assertThat(reports.resolve(ReportFiles.SUMMARY_FILE)).isRegularFile();
    assertThat(blocked).isDirectory();
    assertThat(files.failure()).startsWith("failfast could not write a report file (the other reports were written):")
        .contains(reports.resolve("TEST-com.acme.Blocked.xml") + ": ")
        .endsWith("a directory is in its way: delete " + reports.resolve("TEST-com.acme.Blocked.xml")
            + " or choose another reportsDirectory");
  }

  @Test
  void everyFileWrittenMeansNoFailure() {
    ReportFiles files = new ReportFiles(new SurefireReportWriter(reports));
    files.write(passed("com.acme.Fine"));
    assertThat(files.failure()).isNull();
  }
}
