package dev.failfast.maven.github;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.Outcomes;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.run.RunObserver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * The run for GitHub Actions: an {@code ::error} workflow command per failed or errored test at
 * the test source line that threw, as its class finishes; and, at the end, a {@code ::warning} per
 * cancelled group and the totals, the group table and the failures appended to the job's step
 * summary. Workflow commands go to standard output at the start of a line, where the runner reads
 * them (not through Maven's log, whose level prefix would hide them).
 */
public final class GitHubActions implements RunObserver {

  /**
   * The most failures annotated, and the most cancellations: GitHub shows ten annotations of each
   * kind per step and fifty per job; the rest are counted on one line, and all are in the reports
   * and the step summary.
   */
  static final int ANNOTATION_LIMIT = 50;

  private final PrintStream out;
  private final Log log;
  private final SourcePlace.Finder places;
  private final Path stepSummary;
  private final String project;
  private final List<Cancellation> cancellations = new ArrayList<>();
  private int annotated;
  private int notAnnotated;

  /**
   * @param stepSummary nullable; the file to append the summary to, {@code null} for none
   * @param project the project whose tests run, naming its step summary
   */
  GitHubActions(PrintStream out, Log log, SourcePlace.Finder places, Path stepSummary, String project) {
    this.out = out;
    this.log = log;
    this.places = places;
    this.stepSummary = stepSummary;
    this.project = project;
  }

  /**
   * The GitHub Actions output of a run, when the build runs under GitHub Actions ({@code
   * GITHUB_ACTIONS=true} in {@code environment}); empty otherwise.
   *
   * @param environment the build JVM's environment
   * @param projectDirectory the base directory of the project whose tests run
   * @param testSourceRoots the project's test source directories
   */
  public static Optional<GitHubActions> inEnvironment(Map<String, String> environment, PrintStream out, Log log,
      String project, Path projectDirectory, List<Path> testSourceRoots) {
    if (!"true".equals(environment.get("GITHUB_ACTIONS"))) {
      return Optional.empty();
    }
    Path root = SourcePlace.repositoryRoot(environment.get("GITHUB_WORKSPACE"), projectDirectory);
    return Optional.of(new GitHubActions(out, log, new SourcePlace.Finder(root, testSourceRoots),
        stepSummary(environment.get("GITHUB_STEP_SUMMARY"), log), project));
  }

  @Override
  public synchronized void classFinished(ClassResult result) {
    for (TestCaseResult test : result.tests()) {
      if (Outcomes.isFailure(test.outcome())) {
        if (annotated < ANNOTATION_LIMIT) {
          annotated++;
          out.println(WorkflowCommand.error(places.find(test.className(), test.stackTrace()).orElse(null),
              title(test), failureText(test)));
          out.flush();
        } else {
          notAnnotated++;
        }
      }
    }
  }

  @Override
  public synchronized void groupCancelled(Cancellation cancellation, Stopping stopping) {
    cancellations.add(cancellation); // warned of at the end, when how many it stopped is known
  }

  /**
   * The end of the run: a warning per cancellation, says how many failures went unannotated, and
   * appends the step summary.
   */
  public synchronized void runFinished(RunSummary summary, List<ClassResult> classes) {
    cancellations.stream().limit(ANNOTATION_LIMIT).forEach(cancellation -> out.println(warning(cancellation, summary)));
    out.flush();
    int unwarned = Math.max(0, cancellations.size() - ANNOTATION_LIMIT);
    if (notAnnotated + unwarned > 0) {
      log.info(notAnnotated + " more failures and " + unwarned + " more cancellations are not annotated (GitHub shows "
          + ANNOTATION_LIMIT + " of each at most); the step summary and the reports list them all");
    }
    if (stepSummary == null) {
      return;
    }
    String markdown = StepSummary.markdown(project, summary, classes, test -> places.find(test.className(),
        test.stackTrace()).map(place -> place.file() + ":" + place.line()).orElse(""));
    try {
      Files.writeString(stepSummary, markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      log.warn("failfast could not append the step summary to GITHUB_STEP_SUMMARY (" + stepSummary + "): " + e);
    }
  }

  /** Which test cancelled what, why, and how many tests that stopped. */
  private static String warning(Cancellation cancellation, RunSummary summary) {
    String group = cancellation.group();
    int stopped = group == null ? summary.totals().stopped() : summary.groups().stream()
        .filter(g -> g.name().equals(group)).mapToInt(g -> g.totals().stopped()).sum();
    return WorkflowCommand.warning(group == null ? "failfast: the run was cancelled"
        : "failfast: group '" + group + "' cancelled", cancellation.description() + "; " + stopped + " tests stopped");
  }

  /** The summary file GitHub names; {@code null}, with a warning, for a path that is none. */
  private static Path stepSummary(String path, Log log) {
    if (path == null || path.isBlank()) {
      return null;
    }
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      log.warn("failfast writes no step summary: GITHUB_STEP_SUMMARY is not a path: " + e.getMessage());
      return null;
    }
  }

  /** {@code PaymentsTest.charge}: the class's simple name and the test's. */
  private static String title(TestCaseResult test) {
    return test.className().substring(test.className().lastIndexOf('.') + 1) + "." + test.name();
  }

  /** The message, after the throwable's type for an error (an assertion's type says nothing). */
  static String failureText(TestCaseResult test) {
    String message = test.message() == null ? "" : test.message();
    String type = test.throwableType() == null ? "" : test.throwableType();
    return switch (test.outcome()) {
      case ERROR -> message.isEmpty() ? type : type + ": " + message;
      case FAILED, PASSED, SKIPPED, STOPPED -> message.isEmpty() ? type : message;
    };
  }
}
