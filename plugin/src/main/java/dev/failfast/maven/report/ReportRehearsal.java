package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the report of a made-up class and a run summary to nowhere, on a thread of its own,
 * while the test JVM starts. The build JVM loads and links the classes that write reports (ours,
 * the JDK's XML writer, Jackson) the first time it uses them; in a short run that first time is
 * when the last classes finish, on the way to the build's result, and costs some 50 ms there. It
 * writes no file: what the run writes is written by the run.
 */
public final class ReportRehearsal {

  private static final String CLASS = "dev.failfast.Rehearsal";

  private ReportRehearsal() {}

  /** Starts the rehearsal on a daemon thread and returns at once. */
  public static void start() {
    Thread thread = new Thread(() -> {
      try {
        rehearse(Writer.nullWriter(), OutputStream.nullOutputStream());
      } catch (IOException | XMLStreamException | RuntimeException e) {
        // Nothing is lost: a rehearsal only warms what the run's own writes use.
      }
    }, "failfast-report-rehearsal");
    thread.setDaemon(true);
    thread.start();
  }

  /** Writes one class's report to {@code xml} and one summary to {@code json}, as a run's end does. */
  static void rehearse(Writer xml, OutputStream json) throws IOException, XMLStreamException {
    List<TestCaseResult> tests = List.of(
        TestCaseResult.passed(CLASS, "passes()", Duration.ofMillis(1)),
        new TestCaseResult(CLASS, "fails()", Outcome.ERROR, Duration.ofMillis(2), "gone <&>",
            "java.lang.IllegalStateException", "java.lang.IllegalStateException: gone <&>\n\tat "
            + CLASS + ".fails(Rehearsal.java:1)\n", TestOutput.of("out\n"), TestOutput.of("err\n")),
        new TestCaseResult(CLASS, "stopped()", Outcome.STOPPED, Duration.ZERO, "stopped: group 'g' cancelled",
            null, null, null, null));
    ClassResult result = new ClassResult(CLASS, "g", Instant.now(), Duration.ofMillis(3), tests,
        "group 'g' cancelled", Map.of("java.version", System.getProperty("java.version", "")));
    RunSummary summary = new RunSummary(result.totals(), List.of(new GroupSummary("g", GroupSummary.CANCELLED,
        result.totals(), CLASS + ".fails()", "IllegalStateException: gone", 1L, List.of())), Duration.ofMillis(3),
        null, null, Map.of(CLASS, Duration.ofMillis(3)));
    SurefireReportWriter.writeXml(xml, result);
    SummaryWriter.write(json, summary);
  }
}
