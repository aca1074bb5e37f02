package dev.failfast.maven;

import dev.failfast.maven.console.ConsoleReporter;
import dev.failfast.maven.forks.FailureBudget;
import dev.failfast.maven.forks.RunCancels;
import dev.failfast.maven.report.ReportFiles;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.report.SurefireReportWriter;
import dev.failfast.maven.report.TestOutput;
import dev.failfast.maven.run.ForkChannel;
import dev.failfast.maven.run.OutputSpool;
import dev.failfast.maven.run.RunModel;
import dev.failfast.maven.run.RunObserver;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/** A run model and console as the mojo makes them, writing under a test's directory. */
public final class TestRuns {

  private TestRuns() {}

  /** Reports go to {@code directory/reports}, spooled output to {@code directory/spool}. */
  public static RunModel model(RunObserver observer, Path directory) {
    return model(observer, directory, 1);
  }

  /** The stream of a run's only test JVM, with no failure budget, into {@code model}, as the mojo makes it. */
  public static ForkChannel channel(RunModel model) {
    return new ForkChannel(model, "the test JVM", new RunCancels(model, FailureBudget.NONE));
  }

  /** A model for {@code forks} test JVMs. */
  public static RunModel model(RunObserver observer, Path directory, int forks) {
    try {
      return new RunModel(observer, new ReportFiles(new SurefireReportWriter(reports(directory))),
          new OutputSpool(directory.resolve("spool")), forks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ConsoleReporter console(Log log, PrintStream out, Path directory) {
    return new ConsoleReporter(log, out, ReportOptions.DEFAULTS, reports(directory));
  }

  /** The whole text of a test's output; {@code null} for none. */
  public static String text(TestOutput output) {
    if (output == null) {
      return null;
    }
    try (Reader text = output.open()) {
      StringWriter all = new StringWriter();
      text.transferTo(all);
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path reports(Path directory) {
    return directory.resolve("reports");
  }
}
