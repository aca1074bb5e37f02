package dev.failfast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs after {@code invoker:run} (the same {@code integration-test} phase, declared after it in
 * {@code it/pom.xml}) and reads every report the invoker builds produced as report consumers do:
 * each reports directory under {@code target/it} ({@code surefire-reports}, {@code
 * failsafe-reports}, or one a build configured) is one test (see {@link ReportDirectory#under} and
 * {@link ReportDirectory#check}). A directory with reports but no
 * {@code failfast-summary.json} was not written by failfast (plain Surefire, say) and is skipped
 * with a note saying so; at least one report must be checked (unless {@code -Dinvoker.test} chose
 * some projects only).
 */
class ReportConsumersIT {

  private static final Path BUILDS =
      Path.of(System.getProperty("failfast.it.builds", "target/it")).toAbsolutePath();

  @TestFactory
  Stream<DynamicTest> everyReportDirectoryOfTheInvokerBuildsReadsAsItsSummarySays()
      throws IOException {
    List<Path> directories = ReportDirectory.under(BUILDS);
    // With -Dinvoker.test=… only some projects ran, and they may write no report at all.
    String selection = System.getProperty("failfast.it.selection", "");
    if (selection.isBlank() || selection.startsWith("${")) {
      assertThat(directories)
          .as("report directories with a %s and at least one report under %s: with none, nothing"
              + " would be checked", ReportDirectory.SUMMARY, BUILDS)
          .anyMatch(d -> ReportDirectory.hasSummary(d) && !ReportDirectory.xmlFiles(d).isEmpty());
    } else if (directories.isEmpty()) {
      String note = "nothing to check: the projects -Dinvoker.test=" + selection + " chose wrote no"
          + " reports under " + BUILDS;
      return Stream.of(dynamicTest("no reports", () -> Assumptions.abort(note)));
    }
    return directories.stream()
        .map(directory -> dynamicTest(BUILDS.relativize(directory).toString(), () -> {
          if (!ReportDirectory.hasSummary(directory)) {
            String note = "not checked: " + BUILDS.relativize(directory) + " holds reports but no "
                + ReportDirectory.SUMMARY + ", so failfast did not write them (plain Surefire?)";
            System.out.println(note);
            Assumptions.abort(note);
          }
          ReportDirectory.Checked checked = ReportDirectory.check(directory);
          System.out.printf(
              "checked %s: %d reports valid against the XSD, %s as the parser and %s say%n",
              BUILDS.relativize(directory),
              checked.reports().size(),
              checked.totals(),
              ReportDirectory.SUMMARY);
        }));
  }
}
