package dev.failfast.maven.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.RecordingLog;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.TestCaseResult;
import dev.failfast.maven.report.Totals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures, output and names on the console, as Surefire's console shows them (README.md, the console of failfast-maven-plugin). */
class ConsoleFailuresTest {

  private static final String CLASS = "com.acme.PlainTest";
  private static final String FAILS_TRACE = """
      org.opentest4j.AssertionFailedError: one is not two ==> expected: <1> but was: <2>
      \tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)
      \tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:563)
      \tat com.acme.PlainTest.fails(PlainTest.java:37)
      \tat java.base/java.lang.reflect.Method.invoke(Method.java:569)
      """;
  private static final String ERRS_TRACE = """
      java.lang.IllegalStateException: broken
      \tat app//com.acme.PlainTest.errs(PlainTest.java:42)
      \tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)
      Caused by: java.io.IOException: disk
      \tat com.acme.Disk.read(Disk.java:3)
      \t... 2 more
      """;
  private static final String HELPER_TRACE = """
      java.lang.IllegalArgumentException: bad
      \tat com.acme.Helper.check(Helper.java:5)
      \tat com.acme.PlainTest.helped(PlainTest.java:50)
      """;

  @TempDir
  Path temp;

  private final RecordingLog log = new RecordingLog();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private ConsoleReporter console(boolean redirect, boolean trim) {
    return new ConsoleReporter(log, new PrintStream(printed, true, StandardCharsets.UTF_8),
        new ReportOptions(redirect, trim), temp);
  }

  private static TestCaseResult failed(Outcome outcome, String name, String message, String type, String trace) {
    return new TestCaseResult(CLASS, name, outcome, Duration.ofMillis(5), message, type, trace, null, null);
  }

  private static ClassResult plainTest(TestCaseResult... tests) {
    return new ClassResult(CLASS, null, Instant.now(), Duration.ofMillis(50), List.of(tests), null, Map.of());
  }

  private static final ClassResult FAILING = plainTest(
      failed(Outcome.FAILED, "fails", "one is not two ==> expected: <1> but was: <2>",
          "org.opentest4j.AssertionFailedError", FAILS_TRACE),
      failed(Outcome.ERROR, "errs", "broken", "java.lang.IllegalStateException", ERRS_TRACE),
      failed(Outcome.ERROR, "helped", "bad", "java.lang.IllegalArgumentException", HELPER_TRACE),
      failed(Outcome.ERROR, "noTrace", null, "java.lang.OutOfMemoryError", null));

  @Test
  void theResultsBlockNamesFailuresAsSurefire() {
    console(false, true).summary(new RunSummary(new Totals(4, 1, 3, 0, 0), List.of(), Duration.ZERO, null),
        List.of(FAILING));

    assertThat(log.lines()).containsSubsequence(
        "[INFO] Results:",
        "[ERROR] Failures: ",
        "[ERROR]   PlainTest.fails:37 one is not two ==> expected: <1> but was: <2>",
        "[ERROR] Errors: ",
        "[ERROR]   PlainTest.errs:42 IllegalState broken",
        "[ERROR]   PlainTest.helped:50 » IllegalArgument bad",
        "[ERROR]   PlainTest.noTrace » OutOfMemory",
        "[ERROR] Tests run: 4, Failures: 1, Errors: 3, Skipped: 0, Stopped: 0");
  }

  @Test
  void eachFailureShowsItsTraceTrimmedToTheTestClassWhenItsClassEnds() {
    console(false, true).classFinished(plainTest(FAILING.tests().get(1)));

    assertThat(log.lines()).containsExactly(
        "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.050 s <<< FAILURE! -- in "
            + CLASS,
        "[ERROR] com.acme.PlainTest.errs -- Time elapsed: 0.005 s <<< ERROR!\n"
            + "java.lang.IllegalStateException: broken\n"
            + "\tat app//com.acme.PlainTest.errs(PlainTest.java:42)\n"
            + "Caused by: java.io.IOException: disk");
  }

  @Test
  void withoutTrimmingTheWholeTraceIsShown() {
    console(false, false).classFinished(plainTest(FAILING.tests().get(1)));

    assertThat(log.lines().get(1)).endsWith("<<< ERROR!\n" + ERRS_TRACE.stripTrailing());
  }

  @Test
  void outputIsPrintedAsItArrivesUnlessRedirectedToTheClassFile() throws Exception {
    console(false, true).output(CLASS, "stdout", "half a ");
    console(false, true).output(null, "stderr", "line\n");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("half a line\n");

    ConsoleReporter redirecting = console(true, true);
    redirecting.output(CLASS, "stdout", "to the file\n");
    redirecting.output(null, "stdout", "outside any class\n");
    redirecting.classFinished(plainTest(TestCaseResult.passed(CLASS, "works", Duration.ZERO)));

    assertThat(temp.resolve(CLASS + "-output.txt")).hasContent("to the file\n");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("half a line\noutside any class\n");
  }

  @Test
  void aHugeMessageMakesABoundedLineAndNamesAreEscaped() {
    String huge = "m".repeat(1_000_000);
    ClassResult result = plainTest(failed(Outcome.ERROR, "evil\u001B[2Jname\r", huge, "java.lang.RuntimeException",
        null));
    ConsoleReporter console = console(false, true);
    console.classFinished(result);
    console.summary(new RunSummary(new Totals(1, 0, 1, 0, 0), List.of(), Duration.ZERO, null), List.of(result));

    assertThat(log.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(ConsoleText.MESSAGE_LIMIT + 100))
        .allSatisfy(line -> assertThat(line).doesNotContain("\u001B", "\r"));
    assertThat(log.lines()).anySatisfy(line -> assertThat(line)
        .startsWith("[ERROR]   PlainTest.evil\\u001B[2Jname\\u000D » Runtime mmm")
        .endsWith("m… [" + (1_000_000 + "PlainTest.evil\u001B[2Jname\r » Runtime ".length()
            - ConsoleText.MESSAGE_LIMIT) + " characters cut]"));
  }

  @Test
  void aLongTraceKeepsItsLinesEachBoundedAndTheWholeBounded() {
    String longLine = "x".repeat(ConsoleText.MESSAGE_LIMIT + 10);
    assertThat(ConsoleText.trace("java.lang.Error: " + longLine + "\n\tat a.B.c(B.java:1)"))
        .isEqualTo("java.lang.Error: " + "x".repeat(ConsoleText.MESSAGE_LIMIT - "java.lang.Error: ".length())
            + "… [" + (10 + "java.lang.Error: ".length()) + " characters cut]\n\tat a.B.c(B.java:1)");
    String frames = "\tat a.B.c(B.java:1)\n".repeat(ConsoleText.TRACE_LIMIT);
    assertThat(ConsoleText.trace(frames)).hasSizeLessThan(ConsoleText.TRACE_LIMIT + 100)
        .endsWith(" characters cut]");
  }

  @Test
  void textAtTheBoundIsKeptWholeAndOneMoreCharacterIsCut() {
    String atBound = "n".repeat(ConsoleText.NAME_LIMIT);
    assertThat(ConsoleText.name(atBound)).isEqualTo(atBound);
    assertThat(ConsoleText.name(atBound + "x")).isEqualTo(atBound + "… [1 characters cut]");
    assertThat(ConsoleText.message("a\n\tb\u0007")).isEqualTo("a\n\tb\\u0007");
    assertThat(ConsoleText.name("a\nb")).isEqualTo("a\\u000Ab");
    String pairAtBound = "n".repeat(ConsoleText.NAME_LIMIT - 1) + "\uD83D\uDE00";
    assertThat(ConsoleText.name(pairAtBound)).isEqualTo("n".repeat(ConsoleText.NAME_LIMIT - 1) + "… [2 characters cut]");
  }
}
