package dev.failfast.maven.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Cancellation;
import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.RecordingLog;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import dev.failfast.maven.run.RunObserver.Stopping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run under GitHub Actions prints and appends to the step summary. */
class GitHubActionsTest {

  @TempDir
  Path project;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final RecordingLog log = new RecordingLog();

  private GitHubActions actions(Map<String, String> environment) throws IOException {
    Path test = project.resolve("src/test/java/com/acme/PayTest.java");
    Files.createDirectories(test.getParent());
    Files.writeString(test, "class PayTest {}\n");
    return GitHubActions.inEnvironment(environment, new PrintStream(printed, true, StandardCharsets.UTF_8), log, "payments",
        project, List.of(project.resolve("src/test/java"))).orElseThrow();
  }

  private List<String> lines() {
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static TestCaseResult error(String name, int line) {
    return new TestCaseResult("com.acme.PayTest", name, Outcome.ERROR, Duration.ZERO, "gateway down",
        "java.lang.IllegalStateException", "java.lang.IllegalStateException: gateway down\n"
            + "\tat com.acme.PayTest." + name + "(PayTest.java:" + line + ")\n", null, null);
  }

  private static ClassResult classOf(List<TestCaseResult> tests) {
    return new ClassResult("com.acme.PayTest", "payments", Instant.EPOCH, Duration.ZERO, tests, null, Map.of());
  }

  @Test
  void nothingOutsideGitHubActions() {
    assertThat(GitHubActions.inEnvironment(Map.of(), System.out, log, "p", project, List.of())).isEmpty();
    assertThat(GitHubActions.inEnvironment(Map.of("GITHUB_ACTIONS", "false"), System.out, log, "p", project, List.of()))
        .isEmpty();
  }

  @Test
  void eachFailureIsAnnotatedAtItsLineAndEachCancellationWarned() throws IOException {
    GitHubActions actions = actions(Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", project.toString()));
    TestCaseResult failed = new TestCaseResult("com.acme.PayTest", "refund", Outcome.FAILED, Duration.ZERO,
        "expected: <1> but was: <2>", "org.opentest4j.AssertionFailedError", "org.opentest4j.AssertionFailedError: x\n"
            + "\tat com.acme.PayTest.refund(PayTest.java:25)\n", null, null);
    actions.classFinished(classOf(List.of(error("charge", 17), failed,
        TestCaseResult.passed("com.acme.PayTest", "history", Duration.ZERO))));
    actions.groupCancelled(new Cancellation("payments", "FATAL_FAILURE", "id", "com.acme.PayTest.charge()",
        "IllegalStateException: gateway down", "group 'payments' cancelled by fatal failure in com.acme.PayTest.charge():"
            + " IllegalStateException: gateway down", 0), new Stopping(2, 1, 0));
    List<String> asClassesFinish = lines();
    actions.runFinished(new RunSummary(new Totals(3, 1, 1, 0, 0), List.of(new GroupSummary("payments",
        GroupSummary.CANCELLED, new Totals(5, 0, 1, 0, 4), "com.acme.PayTest.charge()", "gateway down", null,
        List.of())), Duration.ZERO, null), List.of());
    assertThat(asClassesFinish).containsExactly(
        "::error file=src/test/java/com/acme/PayTest.java,line=17,title=PayTest.charge::"
            + "java.lang.IllegalStateException: gateway down",
        "::error file=src/test/java/com/acme/PayTest.java,line=25,title=PayTest.refund::expected: <1> but was: <2>");
    assertThat(lines()).containsExactly(asClassesFinish.get(0), asClassesFinish.get(1),
        "::warning title=failfast%3A group 'payments' cancelled::group 'payments' cancelled by fatal failure in"
            + " com.acme.PayTest.charge(): IllegalStateException: gateway down; 4 tests stopped");
  }

  @Test
  void failuresBeyondTheBoundAreCountedNotAnnotated() throws IOException {
    GitHubActions actions = actions(Map.of("GITHUB_ACTIONS", "true"));
    actions.classFinished(classOf(IntStream.range(0, GitHubActions.ANNOTATION_LIMIT)
        .mapToObj(i -> error("t" + i, 3)).toList()));
    assertThat(lines()).hasSize(GitHubActions.ANNOTATION_LIMIT);
    actions.classFinished(classOf(List.of(error("t", 3), error("u", 4))));
    actions.runFinished(new RunSummary(Totals.ZERO, List.of(), Duration.ZERO, null), List.of());
    assertThat(lines()).hasSize(GitHubActions.ANNOTATION_LIMIT);
    assertThat(log.lines()).containsExactly("[INFO] 2 more failures and 0 more cancellations are not annotated"
        + " (GitHub shows 50 of each at most); the step summary and the reports list them all");
  }

  @Test
  void theStepSummaryIsAppendedToTheFileGitHubNames() throws IOException {
    Path summaryFile = Files.writeString(project.resolve("step-summary.md"), "earlier step\n");
    GitHubActions actions = actions(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summaryFile.toString(),
        "GITHUB_WORKSPACE", project.toString()));
    ClassResult result = classOf(List.of(error("charge", 17)));
    actions.runFinished(new RunSummary(new Totals(1, 0, 1, 0, 0), List.of(new GroupSummary("payments",
        GroupSummary.FAILED, new Totals(1, 0, 1, 0, 0), null, null, null, List.of())), Duration.ZERO, null),
        List.of(result));
    assertThat(Files.readString(summaryFile)).startsWith("earlier step\n### failfast: payments\n")
        .contains("| payments | failed | 1 | 0 | 1 | 0 | 0 |  |")
        .contains("| com.acme.PayTest.charge | src/test/java/com/acme/PayTest.java:17 |"
            + " java.lang.IllegalStateException: gateway down |");
  }

  /** The build goes on when the summary cannot be written: GitHub's summary is a convenience. */
  @Test
  void anUnwritableStepSummaryIsAWarning() throws IOException {
    Path directory = Files.createDirectories(project.resolve("a-directory"));
    GitHubActions actions = actions(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", directory.toString()));
    actions.runFinished(new RunSummary(Totals.ZERO, List.of(), Duration.ZERO, null), List.of());
    assertThat(log.lines()).singleElement().asString()
        .startsWith("[WARNING] failfast could not append the step summary to GITHUB_STEP_SUMMARY (" + directory + ")");
  }
}
