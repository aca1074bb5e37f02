package dev.failfast.maven.report;

import static dev.failfast.maven.report.Reports.asAttributeReads;
import static dev.failfast.maven.report.Reports.asTextReads;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Random code points everywhere a report takes text: whatever goes in, every file is well-formed,
 * valid against the XSD, and reads back through a DOM and through {@code surefire-report-parser} as
 * {@link Reports#asTextReads} predicts. The seed is printed; rerun a failure with {@code
 * -Dfailfast.fuzz.seed=N}.
 */
class ReportFuzzTest {

  /** Rounds of up to ten classes each; raise with {@code -Dfailfast.fuzz.rounds=N} to dig. */
  private static final int ROUNDS = Integer.getInteger("failfast.fuzz.rounds", 4);

  private static final String[] SPECIALS = {
    "<",
    ">",
    "&",
    "\"",
    "'",
    "&amp;",
    "&#0;",
    "<![CDATA[",
    "]]>",
    "\r\n",
    "\r",
    "\n",
    "\t",
    " ",
    "\\u0000"
  };

  @TempDir Path root;

  @Test
  void anyTextMakesValidReportsThatReadBack() {
    long seed = Long.getLong("failfast.fuzz.seed", System.nanoTime());
    System.out.println("ReportFuzzTest seed " + seed);
    try {
      Random random = new Random(seed);
      for (int round = 0; round < ROUNDS; round++) {
        fuzz(random, root.resolve("round-" + round));
      }
    } catch (AssertionError | IOException | RuntimeException e) {
      throw new AssertionError("fuzzing failed; rerun with -Dfailfast.fuzz.seed=" + seed, e);
    }
  }

  private static void fuzz(Random random, Path directory) throws IOException {
    SurefireReportWriter writer = new SurefireReportWriter(directory);
    int classes = 1 + random.nextInt(10);
    // Keyed by the name a reader sees: the parser files test cases by it, so two classes must
    // not read alike.
    Map<String, ClassResult> written = new LinkedHashMap<>();
    while (written.size() < classes) {
      ClassResult result = classResult(random);
      if (written.putIfAbsent(asAttributeReads(result.className()), result) == null) {
        Path file = writer.write(result);
        assertThat(file.getParent()).isEqualTo(directory);
        Reports.assertValid(file);
        assertReadsBack(Reports.parseDom(file), result);
      }
    }
    assertThat(directory.toFile().list()).hasSize(classes);

    Map<String, ReportTestSuite> suites = Reports.parseDirectory(directory);
    assertThat(suites).hasSameSizeAs(written);
    written.forEach((name, result) -> assertParsed(suites.get(name), result));
  }

  private static ClassResult classResult(Random random) {
    String className = nonBlank(text(random));
    List<TestCaseResult> tests = new ArrayList<>();
    for (int i = random.nextInt(12); i > 0; i--) {
      Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
      String message = maybe(random, () -> text(random));
      if (outcome == Outcome.STOPPED && message != null) {
        message = "stopped: " + message;
      }
      tests.add(
          new TestCaseResult(
              className,
              text(random),
              outcome,
              Duration.ofMillis(random.nextInt(100_000)),
              message,
              maybe(random, () -> text(random)),
              maybe(random, () -> text(random)),
              maybe(random, () -> text(random)),
              maybe(random, () -> text(random))));
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      properties.put("p" + i + text(random), text(random));
    }
    return new ClassResult(
        className,
        maybe(random, () -> text(random)),
        Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L)),
        Duration.ofMillis(random.nextInt(1_000_000)),
        tests,
        maybe(random, () -> text(random)),
        properties);
  }

  private static void assertReadsBack(Element testsuite, ClassResult result) {
    assertThat(testsuite.getAttribute("name")).isEqualTo(asAttributeReads(result.className()));
    List<Map.Entry<String, String>> expectedProperties = new ArrayList<>();
    if (result.group() != null) {
      expectedProperties.add(Map.entry("failfast.group", result.group()));
    }
    expectedProperties.add(
        Map.entry("failfast.stopped", String.valueOf(result.totals().stopped())));
    if (result.cancelledBy() != null) {
      expectedProperties.add(Map.entry("failfast.cancelledBy", result.cancelledBy()));
    }
    expectedProperties.addAll(result.properties().entrySet());
    List<Element> properties = elements(elements(testsuite, "properties").get(0), "property");
    assertThat(properties).hasSameSizeAs(expectedProperties);
    for (int i = 0; i < properties.size(); i++) {
      assertThat(properties.get(i).getAttribute("name"))
          .isEqualTo(asAttributeReads(expectedProperties.get(i).getKey()));
      assertThat(properties.get(i).getAttribute("value"))
          .isEqualTo(asAttributeReads(expectedProperties.get(i).getValue()));
    }

    List<Element> testcases = elements(testsuite, "testcase");
    assertThat(testcases).hasSameSizeAs(result.tests());
    for (int i = 0; i < testcases.size(); i++) {
      assertTestCase(testcases.get(i), result.tests().get(i));
    }
  }

  private static void assertTestCase(Element testcase, TestCaseResult test) {
    assertThat(testcase.getAttribute("name")).isEqualTo(asAttributeReads(test.name()));
    assertThat(testcase.getAttribute("classname")).isEqualTo(asAttributeReads(test.className()));
    String child =
        switch (test.outcome()) {
          case PASSED -> null;
          case FAILED -> "failure";
          case ERROR -> "error";
          case SKIPPED, STOPPED -> "skipped";
        };
    for (String name : List.of("failure", "error", "skipped")) {
      List<Element> found = elements(testcase, name);
      if (!name.equals(child)) {
        assertThat(found).as(name).isEmpty();
        continue;
      }
      Element element = found.get(0);
      assertThat(element.getAttribute("message")).isEqualTo(expectedMessageAttribute(test));
      assertThat(element.getAttribute("type")).isEqualTo(expectedTypeAttribute(test));
      assertThat(element.getTextContent()).isEqualTo(textOrEmpty(test.stackTrace()));
    }
    assertOutput(testcase, "system-out", test.systemOut());
    assertOutput(testcase, "system-err", test.systemErr());
  }

  /** The parser needs a message on {@code <skipped>}, so the writer fills one in. */
  private static String expectedMessageAttribute(TestCaseResult test) {
    String message = test.message() == null ? "" : asAttributeReads(test.message());
    return switch (test.outcome()) {
      case SKIPPED -> message.isBlank() ? "skipped" : message;
      case STOPPED -> message.isBlank() ? "stopped" : message;
      default -> message;
    };
  }

  /**
   * The parser needs a type on {@code <failure>} and {@code <error>}, so the writer fills one in.
   */
  private static String expectedTypeAttribute(TestCaseResult test) {
    String type = test.throwableType() == null ? "" : asAttributeReads(test.throwableType());
    return switch (test.outcome()) {
      case FAILED -> type.isBlank() ? "java.lang.AssertionError" : type;
      case ERROR -> type.isBlank() ? "java.lang.Throwable" : type;
      default -> "";
    };
  }

  private static void assertOutput(Element testcase, String name, String text) {
    List<Element> found = elements(testcase, name);
    if (text == null) {
      assertThat(found).as(name).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .extracting(Node::getTextContent)
          .isEqualTo(asTextReads(text));
    }
  }

  private static void assertParsed(ReportTestSuite suite, ClassResult result) {
    Totals totals = result.totals();
    assertThat(suite.getNumberOfTests()).isEqualTo(totals.tests());
    assertThat(suite.getNumberOfFailures()).isEqualTo(totals.failures());
    assertThat(suite.getNumberOfErrors()).isEqualTo(totals.errors());
    assertThat(suite.getNumberOfSkipped()).isEqualTo(totals.skipped() + totals.stopped());
    List<ReportTestCase> cases = suite.getTestCases();
    for (int i = 0; i < cases.size(); i++) {
      ReportTestCase read = cases.get(i);
      TestCaseResult test = result.tests().get(i);
      assertThat(read.getName()).isEqualTo(asAttributeReads(test.name()));
      switch (test.outcome()) {
        case PASSED -> assertThat(read.isSuccessful()).isTrue();
        case FAILED, ERROR -> {
          assertThat(test.outcome() == Outcome.FAILED ? read.hasFailure() : read.hasError())
              .isTrue();
          assertThat(read.getFailureMessage())
              .isEqualTo(test.message() == null ? null : asAttributeReads(test.message()));
          assertThat(read.getFailureType()).isEqualTo(expectedTypeAttribute(test));
          // The parser drops whitespace-only chunks of text, so compare without whitespace.
          assertThat(withoutWhitespace(read.getFailureDetail()))
              .isEqualTo(withoutWhitespace(textOrEmpty(test.stackTrace())));
        }
        case SKIPPED, STOPPED -> {
          assertThat(read.hasSkipped()).isTrue();
          assertThat(read.getFailureMessage()).isEqualTo(expectedMessageAttribute(test));
        }
      }
    }
  }

  private static String text(Random random) {
    int length = random.nextInt(100) == 0 ? 100_000 + random.nextInt(900_000) : random.nextInt(60);
    StringBuilder text = new StringBuilder(length + 2);
    while (text.length() < length) {
      switch (random.nextInt(12)) {
        case 0 -> text.append((char) random.nextInt(0x20));
        case 1 -> text.append((char) (Character.MIN_SURROGATE + random.nextInt(0x800)));
        case 2 -> text.appendCodePoint(0x10000 + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
        case 3 -> text.append(random.nextBoolean() ? '\uFFFE' : '\uFFFF');
        case 4, 5 -> text.append(SPECIALS[random.nextInt(SPECIALS.length)]);
        case 6 -> text.append((char) random.nextInt(0x10000));
        default -> text.append((char) (0x20 + random.nextInt(0x5F)));
      }
    }
    return text.toString();
  }

  private static String nonBlank(String text) {
    return text.isBlank() ? "C" + text : text;
  }

  private static String maybe(Random random, Supplier<String> text) {
    return random.nextInt(4) == 0 ? null : text.get();
  }

  private static String textOrEmpty(String text) {
    return text == null ? "" : asTextReads(text);
  }

  private static String withoutWhitespace(String text) {
    return text.replaceAll("[ \t\n\r\f]", "");
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> elements = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        elements.add(element);
      }
    }
    return elements;
  }
}
