package dev.failfast.maven.report;

import static dev.failfast.maven.report.Reports.assertValid;
import static dev.failfast.maven.report.Reports.parseDirectory;
import static dev.failfast.maven.report.Reports.parseDom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.failfast.junit.fork.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SurefireReportWriterTest {

  private static final String CLASS = "com.acme.PaymentsIT";
  private static final Instant STARTED = Instant.parse("2026-03-01T10:15:30.123456Z");
  private static final String CANCELLED_BY =
      "group 'payments' cancelled by fatal failure in com.acme.PaymentsIT.charge():"
          + " IllegalStateException: gateway down";
  private static final String TRACE =
      "java.lang.AssertionError: expected 2\n\tat com.acme.PaymentsIT.refund(PaymentsIT.java:42)\n";

  @TempDir Path reports;

  @Test
  void writesEachOutcomeAsTheOutcomeTableSays() throws IOException {
    Path file = write(group("payments", CANCELLED_BY, everyOutcome()));

    assertThat(file).isEqualTo(reports.resolve("TEST-com.acme.PaymentsIT.xml"));
    assertValid(file);
    ReportTestSuite suite = parseDirectory(reports).get(CLASS);
    assertThat(suite.getNumberOfTests()).isEqualTo(5);
    assertThat(suite.getNumberOfFailures()).isEqualTo(1);
    assertThat(suite.getNumberOfErrors()).isEqualTo(1);
    assertThat(suite.getNumberOfSkipped()).as("skipped includes stopped").isEqualTo(2);

    List<ReportTestCase> cases = suite.getTestCases();
    assertThat(cases)
        .extracting(ReportTestCase::getName)
        .containsExactly("pays()", "refund()", "charge()", "slow(int)[2]", "stoppedOne()");
    assertThat(cases.get(0).isSuccessful()).isTrue();
    assertThat(cases.get(1).hasFailure()).isTrue();
    assertThat(cases.get(1).getFailureMessage()).isEqualTo("expected 2");
    assertThat(cases.get(1).getFailureType()).isEqualTo("java.lang.AssertionError");
    // The parser drops text chunks that are only whitespace; the DOM below reads it exactly.
    assertThat(cases.get(1).getFailureDetail()).isEqualToIgnoringWhitespace(TRACE);
    assertThat(cases.get(1).getFailureErrorLine()).isEqualTo("42");
    assertThat(cases.get(2).hasError()).isTrue();
    assertThat(cases.get(2).getFailureType()).isEqualTo("java.lang.IllegalStateException");
    assertThat(cases.get(2).getFailureMessage()).isEqualTo("gateway down");
    assertThat(cases.get(3).hasSkipped()).isTrue();
    assertThat(cases.get(3).getFailureMessage()).isEqualTo("Assumption failed: no sandbox");
    assertThat(cases.get(4).hasSkipped()).isTrue();
    assertThat(cases.get(4).getFailureMessage()).isEqualTo("stopped: " + CANCELLED_BY);

    Element testsuite = parseDom(file);
    assertThat(testsuite.getAttribute("tests")).isEqualTo("5");
    assertThat(testsuite.getAttribute("failures")).isEqualTo("1");
    assertThat(testsuite.getAttribute("errors")).isEqualTo("1");
    assertThat(testsuite.getAttribute("skipped")).isEqualTo("2");
    assertThat(testsuite.getAttribute("time")).isEqualTo("4.5");
    assertThat(testsuite.getAttribute("timestamp")).isEqualTo("2026-03-01T10:15:30.123Z");
    Element passed = testCases(testsuite).get(0);
    assertThat(passed.getChildNodes().getLength()).as("a passed test has no child").isZero();
    assertThat(passed.getAttribute("time")).isEqualTo("0.012");
    assertThat(children(testsuite, "failure"))
        .singleElement()
        .extracting(Element::getTextContent)
        .isEqualTo(TRACE);
  }

  @Test
  void fillsInWhatTheParserNeedsToSeeATestAsNotSuccessful() throws IOException {
    List<TestCaseResult> tests =
        List.of(
            result("failed()", Outcome.FAILED, null, null, null),
            result("errored()", Outcome.ERROR, "fork died", " ", null),
            result("skipped()", Outcome.SKIPPED, "\t", null, null));
    Path file = write(group(null, null, tests));

    assertValid(file);
    List<ReportTestCase> cases = parseDirectory(reports).get(CLASS).getTestCases();
    assertThat(cases).noneMatch(ReportTestCase::isSuccessful);
    assertThat(cases)
        .extracting(ReportTestCase::getFailureType)
        .containsExactly("java.lang.AssertionError", "java.lang.Throwable", "skipped");
    assertThat(cases.get(2).getFailureMessage()).isEqualTo("skipped");
  }

  @Test
  void propertiesCarryTheGroupTheStoppedCountAndTheCancellationFirst() throws IOException {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("java.version", "17.0.15");
    given.put("failfast.stopped", "99");
    given.put("user.dir", "/work");
    Path file =
        write(
            new ClassResult(
                CLASS, "payments", STARTED, Duration.ZERO, everyOutcome(), CANCELLED_BY, given));

    assertValid(file);
    assertThat(properties(parseDom(file)))
        .as("failfast's own properties first and winning over a given one of the same name")
        .containsExactly(
            Map.entry("failfast.group", "payments"),
            Map.entry("failfast.stopped", "1"),
            Map.entry("failfast.cancelledBy", CANCELLED_BY),
            Map.entry("java.version", "17.0.15"),
            Map.entry("user.dir", "/work"));
    assertThat(Files.readString(file))
        .as("the group never goes into a group attribute, which readers take for the package")
        .doesNotContain(" group=");
    assertThat(parseDirectory(reports)).containsOnlyKeys(CLASS);
  }

  @Test
  void anUngroupedClassStillReportsItsStoppedCount() throws IOException {
    Path file =
        write(group(null, null, List.of(TestCaseResult.passed(CLASS, "a()", Duration.ZERO))));

    assertValid(file);
    assertThat(properties(parseDom(file))).containsExactly(Map.entry("failfast.stopped", "0"));
  }

  @Test
  void aStoppedTestKeepsHowItEndedAsTheSkippedText() throws IOException {
    String interrupted = "java.lang.InterruptedException: sleep interrupted\n\tat java.base/...";
    List<TestCaseResult> tests =
        List.of(
            result(
                "interrupted()",
                Outcome.STOPPED,
                "stopped: " + CANCELLED_BY + "; ended with InterruptedException",
                "java.lang.InterruptedException",
                interrupted),
            result("noPrefix()", Outcome.STOPPED, "group 'payments' cancelled", null, null),
            result("noMessage()", Outcome.STOPPED, null, null, null));
    Path file = write(group("payments", CANCELLED_BY, tests));

    assertValid(file);
    List<Element> skipped = children(parseDom(file), "skipped");
    assertThat(skipped)
        .extracting(e -> e.getAttribute("message"))
        .containsExactly(
            "stopped: " + CANCELLED_BY + "; ended with InterruptedException",
            "stopped: group 'payments' cancelled",
            "stopped");
    assertThat(skipped.get(0).getTextContent()).isEqualTo(interrupted);
    assertThat(skipped.get(0).hasAttribute("type"))
        .as("the schema allows no type on <skipped>")
        .isFalse();
  }

  @Test
  void writesOutputAsSystemOutAndSystemErr() throws IOException {
    TestCaseResult test =
        new TestCaseResult(
            CLASS,
            "noisy()",
            Outcome.PASSED,
            Duration.ZERO,
            null,
            null,
            null,
            TestOutput.of("line 1\n  line 2\n"),
            TestOutput.of("warning: <b>&amp;</b>\n"));
    Path file = write(group(null, null, List.of(test)));

    assertValid(file);
    Element testcase = testCases(parseDom(file)).get(0);
    assertThat(children(testcase, "system-out"))
        .singleElement()
        .extracting(Element::getTextContent)
        .isEqualTo("line 1\n  line 2\n");
    assertThat(children(testcase, "system-err"))
        .singleElement()
        .extracting(Element::getTextContent)
        .isEqualTo("warning: <b>&amp;</b>\n");
  }

  @Test
  void replacesCharactersXmlCannotCarryWithVisibleEscapes() throws IOException {
    String message = "esc\u001B[31mred\u0000 ]]> lone \uD800 and \uDC00, pair \uD83D\uDE00, \uFFFE";
    Path file =
        write(
            group(null, null, List.of(result("odd()", Outcome.ERROR, message, "x.Odd", message))));

    assertValid(file);
    String expected =
        "esc\\u001B[31mred\\u0000 ]]> lone \\uD800 and \\uDC00, pair \uD83D\uDE00, \\uFFFE";
    ReportTestCase read = parseDirectory(reports).get(CLASS).getTestCases().get(0);
    assertThat(read.getFailureMessage()).isEqualTo(expected);
    assertThat(read.getFailureDetail()).isEqualTo(expected);
    assertThat(Files.readString(file))
        .as("]]> splits the text's CDATA section in two and is escaped in the attribute")
        .contains("<![CDATA[esc\\u001B[31mred\\u0000 ]]]]><![CDATA[> lone")
        .contains("message=\"esc\\u001B[31mred\\u0000 ]]&gt; lone");
  }

  /**
   * JDK 24 and newer's readers give up on a report in which they resolve more than 100,000
   * references; {@link Reports} applies that limit on every JDK. Text is CDATA, so it costs none.
   */
  @Test
  void textOfAnySizeCostsAReaderNoReferences() throws IOException {
    String trace =
        "java.lang.IllegalStateException: <a href=\"/?a=1&b=2\">down</a>\n"
            + "\tat com.acme.Fixture.<init>(Fixture.java:1)\n".repeat(60_000);
    String out = "<b>\"&'</b> ]]> ".repeat(40_000);
    String err = "]]>".repeat(50_000) + "]]";
    Path file =
        write(
            group(
                null,
                null,
                List.of(
                    new TestCaseResult(
                        CLASS, "big()", Outcome.ERROR, Duration.ZERO, "m", "x.X", trace,
                        TestOutput.of(out), TestOutput.of(err)))));

    assertValid(file);
    Element testcase = testCases(parseDom(file)).get(0);
    assertThat(children(testcase, "error").get(0).getTextContent()).isEqualTo(trace);
    assertThat(children(testcase, "system-out").get(0).getTextContent()).isEqualTo(out);
    assertThat(children(testcase, "system-err").get(0).getTextContent()).isEqualTo(err);
    ReportTestCase read = parseDirectory(reports).get(CLASS).getTestCases().get(0);
    assertThat(read.hasError()).isTrue();
    assertThat(read.getFailureDetail()).isEqualToIgnoringWhitespace(trace);
    assertThat(Files.readString(file)).doesNotContain("&lt;", "&amp;", "&gt;", "&quot;");
  }

  /**
   * An attribute value cannot be CDATA: once a report's attribute values have spent the budget of
   * markup characters, later ones are written as visible escapes, so the report stays readable.
   */
  @Test
  void attributeValuesStayWithinTheReferenceBudget() throws IOException {
    int budget = ReferenceBudget.MARKUP_CHARACTERS;
    String quotes = "<\"&>".repeat(budget / 3 / 4) + " expected";
    List<TestCaseResult> tests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tests.add(result("t" + i + "()", Outcome.FAILED, quotes, "java.lang.AssertionError", null));
    }
    Path file = write(group(null, null, tests));

    assertValid(file);
    List<String> messages =
        children(parseDom(file), "failure").stream().map(e -> e.getAttribute("message")).toList();
    int perMessage = budget / 3 / 4 * 4;
    String escaped = "\\u003C\\u0022\\u0026\\u003E";
    assertThat(messages.subList(0, 3)).as("within the budget").containsOnly(quotes);
    int left = budget - 3 * perMessage;
    assertThat(messages.get(3))
        .as("spends the rest of the budget, then escapes")
        .isEqualTo(
            "<\"&>".repeat(left / 4)
                + escaped.repeat((perMessage - left) / 4)
                + " expected");
    assertThat(messages.get(4)).isEqualTo(escaped.repeat(perMessage / 4) + " expected");
    assertThat(parseDirectory(reports).get(CLASS).getTestCases())
        .extracting(ReportTestCase::getFailureMessage)
        .containsExactlyElementsOf(messages);
  }

  /** The limit the two tests above keep to is real, whichever JDK runs the tests. */
  @Test
  void readersRefuseAReportThatResolvesMoreThan100000References() throws IOException {
    Path file = reports.resolve("TEST-Refused.xml");
    Files.createDirectories(reports);
    Files.writeString(
        file,
        "<testsuite name=\"Refused\" tests=\"0\"><system-out>"
            + "&lt;".repeat(SurefireSchema.JDK24_REFERENCE_LIMIT + 1)
            + "</system-out></testsuite>");

    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> parseDom(file))
        .withMessageContaining("JAXP00010003")
        .withMessageContaining("100,000");
  }

  @Test
  void keepsPlainClassNamesAsFileNames() throws IOException {
    for (String name : List.of("com.acme.Outer$Inner", "com.acme.Ünïcode_Τεστ", "Default")) {
      assertThat(write(group(name, null, null, List.of())).getFileName())
          .hasToString("TEST-" + name + ".xml");
    }
  }

  static List<String> hostileClassNames() {
    return List.of(
        "../../etc/passwd",
        "..",
        ".",
        "a/b",
        "a\\b",
        "/abs/Path",
        "C:\\Windows\\x",
        "a:b",
        "with space",
        "nul\u0000char",
        "lone\uD800",
        "*?<>|\"",
        "\u202Eevil",
        "x".repeat(300),
        "é".repeat(150));
  }

  @ParameterizedTest
  @MethodSource("hostileClassNames")
  void neverLetsAClassNameLeaveTheReportsDirectory(String className) throws IOException {
    Path file = write(group(className, null, null, List.of()));

    assertThat(file.getParent()).isEqualTo(reports);
    assertThat(file.getFileName().toString())
        .startsWith("TEST-")
        .endsWith(".xml")
        .doesNotContain("/", "\\", "\u0000");
    assertThat(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(255);
    assertThat(file).isRegularFile();
    assertThat(reports.toFile().listFiles()).containsExactly(file.toFile());
    assertValid(file);
  }

  @Test
  void classNamesThatSanitizeAlikeStillGetTheirOwnFiles() throws IOException {
    List<String> names =
        List.of(
            "a/b", "a\\b", "a:b", "a_b", "a\uD800", "a\uDC00", "x".repeat(300), "x".repeat(301));
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      files.add(write(group(name, null, null, List.of())));
    }
    assertThat(files).doesNotHaveDuplicates();
  }

  @Test
  void overwritesAnEarlierReportAndCreatesMissingDirectories() throws IOException {
    Path nested = reports.resolve("target/surefire-reports");
    SurefireReportWriter writer = new SurefireReportWriter(nested);
    writer.write(group(null, null, everyOutcome()));
    Path file =
        writer.write(
            group(null, null, List.of(TestCaseResult.passed(CLASS, "a()", Duration.ZERO))));

    assertValid(file);
    assertThat(parseDirectory(nested).get(CLASS).getNumberOfTests()).isEqualTo(1);
  }

  @Test
  void aFailedWriteLeavesTheEarlierReportAndNoPartialFile() throws IOException {
    Path file = write(group(null, null, everyOutcome()));
    String earlier = Files.readString(file);
    // A directory where the temporary file goes makes the next write fail like a full disk would.
    Files.createDirectory(reports.resolve(file.getFileName() + ".partial"));

    assertThatExceptionOfType(IOException.class)
        .isThrownBy(() -> write(group(null, null, List.of())));
    assertThat(file).hasContent(earlier);
    assertThat(reports.toFile().list()).containsExactly(file.getFileName().toString());
  }

  @Test
  void secondsKeepMillisecondPrecision() {
    assertThat(SuiteXml.seconds(Duration.ZERO)).isEqualTo("0");
    assertThat(SuiteXml.seconds(Duration.ofMillis(12))).isEqualTo("0.012");
    assertThat(SuiteXml.seconds(Duration.ofMillis(1500))).isEqualTo("1.5");
    assertThat(SuiteXml.seconds(Duration.ofSeconds(3600))).isEqualTo("3600");
    assertThat(SuiteXml.seconds(Duration.ofNanos(999_999))).isEqualTo("0");
  }

  @Test
  void rejectsNulls() {
    assertThatNullPointerException()
        .isThrownBy(() -> new SurefireReportWriter(null))
        .withMessageContaining("reportsDirectory");
    assertThatNullPointerException()
        .isThrownBy(() -> new SurefireReportWriter(reports).write(null))
        .withMessageContaining("result");
  }

  private Path write(ClassResult result) throws IOException {
    return new SurefireReportWriter(reports).write(result);
  }

  private static ClassResult group(String group, String cancelledBy, List<TestCaseResult> tests) {
    return group(CLASS, group, cancelledBy, tests);
  }

  private static ClassResult group(
      String className, String group, String cancelledBy, List<TestCaseResult> tests) {
    return new ClassResult(
        className, group, STARTED, Duration.ofMillis(4500), tests, cancelledBy, Map.of());
  }

  private static List<TestCaseResult> everyOutcome() {
    return List.of(
        TestCaseResult.passed(CLASS, "pays()", Duration.ofMillis(12)),
        result("refund()", Outcome.FAILED, "expected 2", "java.lang.AssertionError", TRACE),
        result(
            "charge()",
            Outcome.ERROR,
            "gateway down",
            "java.lang.IllegalStateException",
            "java.lang.IllegalStateException: gateway down\n"
                + "\tat com.acme.PaymentsIT.charge(PaymentsIT.java:17)\n"),
        result("slow(int)[2]", Outcome.SKIPPED, "Assumption failed: no sandbox", null, null),
        result("stoppedOne()", Outcome.STOPPED, "stopped: " + CANCELLED_BY, null, null));
  }

  private static TestCaseResult result(
      String name, Outcome outcome, String message, String type, String trace) {
    return new TestCaseResult(
        CLASS, name, outcome, Duration.ofMillis(3), message, type, trace, null, null);
  }

  private static List<Element> testCases(Element testsuite) {
    return children(testsuite, "testcase");
  }

  private static List<Element> children(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<Map.Entry<String, String>> properties(Element testsuite) {
    return children(testsuite, "property").stream()
        .map(property -> Map.entry(property.getAttribute("name"), property.getAttribute("value")))
        .toList();
  }
}
