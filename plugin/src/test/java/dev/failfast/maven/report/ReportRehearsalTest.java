package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal must go the whole way a run's end goes: one that threw half way would warm
 * nothing, silently, since its thread swallows what it throws.
 */
class ReportRehearsalTest {

  @Test
  void theRehearsalWritesAValidReportAndAReadableSummary(@TempDir Path dir) throws Exception {
    StringWriter xml = new StringWriter();
    ByteArrayOutputStream json = new ByteArrayOutputStream();

    ReportRehearsal.rehearse(xml, json);

    Path report = Files.writeString(dir.resolve("TEST-dev.failfast.Rehearsal.xml"), xml.toString());
    SurefireSchema.validate(report);
    assertThat(xml.toString()).contains("<error message=\"gone &lt;&amp;&gt;\"", "stopped: group 'g' cancelled");
    Path summary = Files.write(dir.resolve(ReportFiles.SUMMARY_FILE), json.toByteArray());
    RunSummary read = SummaryReader.read(summary);
    assertThat(read.totals().count(Outcome.STOPPED)).isEqualTo(1);
    assertThat(read.groups()).singleElement().extracting(GroupSummary::outcome).isEqualTo(GroupSummary.CANCELLED);
  }
}
