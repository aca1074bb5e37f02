package dev.failfast.maven.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The files of a run's reports directory, written as the run goes: each class's report as soon as
 * the class has finished, the summary at the end. A file that cannot be written never costs the
 * others: the problem is kept, the other files are written, and {@link #failure()} then names every
 * file that is missing and how to fix it.
 *
 * <p>Used from one thread at a time.
 */
public final class ReportFiles {

  /** The run summary: JSON, because every {@code .xml} in the directory is read as a report. */
  public static final String SUMMARY_FILE = "failfast-summary.json";

  private final SurefireReportWriter writer;
  private final List<String> problems = new ArrayList<>();

  public ReportFiles(SurefireReportWriter writer) {
    this.writer = Objects.requireNonNull(writer, "writer must not be null");
  }

  /** Writes one class's report, or keeps why it could not. */
  public void write(ClassResult result) {
    Path file = writer.reportsDirectory().resolve(ReportFileNames.forClass(result.className()));
    try {
      writer.write(result);
    } catch (IOException | RuntimeException e) {
      problems.add(problem(file, e));
    }
  }

  /** Writes {@value #SUMMARY_FILE}, or keeps why it could not. */
  public void writeSummary(RunSummary summary) {
    Path file = writer.reportsDirectory().resolve(SUMMARY_FILE);
    try {
      SummaryWriter.write(file, summary);
    } catch (IOException | RuntimeException e) {
      problems.add(problem(file, e));
    }
  }

  /** {@code null} when every file was written; otherwise which were not, why, and the fix. */
  public String failure() {
    if (problems.isEmpty()) {
      return null;
    }
    return "failfast could not write " + (problems.size() == 1 ? "a report file" : problems.size() + " report files")
        + " (the other reports were written):\n  " + String.join("\n  ", problems);
  }

  private static String problem(Path file, Exception e) {
    String fix = Files.isDirectory(file)
        ? "a directory is in its way: delete " + file + " or choose another reportsDirectory"
        : "check that " + file.getParent() + " is a writable directory with free space, or choose another"
            + " reportsDirectory";
    return file + ": " + e + "; " + fix;
  }
}
