package dev.failfast.maven.report;

import static dev.failfast.maven.report.Reports.assertValid;
import static dev.failfast.maven.report.Reports.parseDirectory;
import static dev.failfast.maven.report.Reports.parseDom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** docs/reports.md "Reruns": earlier attempts as Surefire writes them, schema-valid and read by its parser. */
class RerunReportTest {

  private static final String CLASS = "com.acme.PaymentsIT";
  private static final String ASSERTION = "java.lang.AssertionError";
  private static final String STATE = "java.lang.IllegalStateException";

  @TempDir Path reports;

  @Test
  void aTestThatPassedAfterFailedAttemptsIsFlaky() throws IOException {
    TestCaseResult flaky = test("charge()", Outcome.PASSED, null, null,
        attempt(Outcome.ERROR, "connection refused", STATE), attempt(Outcome.FAILED, "expected 2", ASSERTION));
    Path file = new SurefireReportWriter(reports).write(suite(flaky, TestCaseResult.passed(CLASS, "pays()",
        Duration.ofMillis(3))));

    assertValid(file);
    ReportTestSuite suite = parseDirectory(reports).get(CLASS);
    assertThat(suite.getNumberOfTests()).isEqualTo(2);
    assertThat(suite.getNumberOfFailures() + suite.getNumberOfErrors() + suite.getNumberOfSkipped()).isZero();
    assertThat(suite.getNumberOfFlakes()).as("Surefire's parser counts each flaky element").isEqualTo(2);
    ReportTestCase charge = suite.getTestCases().get(0);
    assertThat(charge.isSuccessful()).isTrue();
    assertThat(charge.hasFlakes()).isTrue();
    assertThat(charge.getFlakyErrors()).singleElement().satisfies(error -> {
      assertThat(error.getMessage()).isEqualTo("connection refused");
      assertThat(error.getType()).isEqualTo(STATE);
      assertThat(error.getStackTrace()).contains(STATE + ": connection refused");
    });
    assertThat(charge.getFlakyFailures()).singleElement()
        .satisfies(failure -> assertThat(failure.getMessage()).isEqualTo("expected 2"));
    assertThat(suite.getTestCases().get(1).hasFlakes()).isFalse();

    Element testsuite = parseDom(file);
    assertThat(testsuite.getAttribute("flakes")).as("one flaky test").isEqualTo("1");
    assertThat(childNames(testCase(testsuite, 0))).containsExactly("flakyFailure", "flakyError");
  }

  @Test
  void aTestThatFailedEveryAttemptShowsItsFirstAttemptAndTheOthersAsReruns() throws IOException {
    TestCaseResult doomed = test("charge()", Outcome.ERROR, "attempt 3", STATE,
        attempt(Outcome.ERROR, "attempt 1", STATE), attempt(Outcome.FAILED, "attempt 2", ASSERTION));
    TestCaseResult failed = test("refund()", Outcome.FAILED, "attempt 2", ASSERTION,
        attempt(Outcome.ERROR, "attempt 1", STATE));
    TestCaseResult stopped = test("stopped()", Outcome.STOPPED, "stopped: group 'payments' cancelled", null,
        attempt(Outcome.ERROR, "attempt 1", STATE));
    Path file = new SurefireReportWriter(reports).write(suite(doomed, failed, stopped));

    assertValid(file); // each element where the schema's order wants it
    ReportTestSuite suite = parseDirectory(reports).get(CLASS);
    assertThat(suite.getNumberOfTests()).isEqualTo(3);
    assertThat(suite.getNumberOfErrors()).isEqualTo(1);
    assertThat(suite.getNumberOfFailures()).isEqualTo(1);
    assertThat(suite.getNumberOfSkipped()).isEqualTo(1);
    assertThat(suite.getNumberOfFlakes()).isZero();
    // as Surefire: the first attempt (of the final outcome's kind) is the test's <error>
    assertThat(suite.getTestCases().get(0).getFailureMessage()).isEqualTo("attempt 1");
    assertThat(suite.getTestCases().get(1).getFailureMessage()).isEqualTo("attempt 2");

    Element testsuite = parseDom(file);
    assertThat(testsuite.hasAttribute("flakes")).isFalse();
    assertThat(childNames(testCase(testsuite, 0))).containsExactly("rerunFailure", "error", "rerunError");
    assertThat(childNames(testCase(testsuite, 1))).containsExactly("failure", "rerunError");
    assertThat(childNames(testCase(testsuite, 2))).containsExactly("skipped", "rerunError");
    Element rerun = (Element) testCase(testsuite, 0).getElementsByTagName("rerunError").item(0);
    assertThat(rerun.getAttribute("message")).isEqualTo("attempt 3");
    assertThat(rerun.getAttribute("type")).isEqualTo(STATE);
    assertThat(rerun.getElementsByTagName("stackTrace").item(0).getTextContent()).contains("attempt 3");
    Element rerunFailure = (Element) testCase(testsuite, 0).getElementsByTagName("rerunFailure").item(0);
    assertThat(rerunFailure.getAttribute("message")).isEqualTo("attempt 2");
  }

  private static EarlierAttempt attempt(Outcome outcome, String message, String type) {
    return new EarlierAttempt(outcome, message, type, type + ": " + message + "\n\tat com.acme.PaymentsIT.charge()\n");
  }

  private static TestCaseResult test(String name, Outcome outcome, String message, String type,
      EarlierAttempt... attempts) {
    return new TestCaseResult(CLASS, name, outcome, Duration.ofMillis(5), message, type,
        type == null ? null : type + ": " + message, null, null, List.of(attempts));
  }

  private static ClassResult suite(TestCaseResult... tests) {
    return new ClassResult(CLASS, "payments", Instant.parse("2026-03-01T10:15:30Z"), Duration.ofMillis(20),
        List.of(tests), null, Map.of());
  }

  private static Element testCase(Element testsuite, int index) {
    return (Element) testsuite.getElementsByTagName("testcase").item(index);
  }

  private static List<String> childNames(Element element) {
    List<String> names = new ArrayList<>();
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
        names.add(children.item(i).getNodeName());
      }
    }
    return names;
  }
}
