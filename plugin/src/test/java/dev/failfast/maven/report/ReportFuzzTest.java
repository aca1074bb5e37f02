package dev.failfast.maven.report;

import static dev.failfast.maven.report.Reports.asTextReads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.TestRuns;
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
    Map<String, Expected> written = new LinkedHashMap<>();
    while (written.size() < classes) {
      Expected expected = Expected.of(classResult(random));
      if (written.putIfAbsent(expected.name(), expected) == null) {
        Path file = writer.write(expected.result());
        assertThat(file.getParent()).isEqualTo(directory);
        Reports.assertValid(file);
        assertReadsBack(Reports.parseDom(file), expected);
      }
    }
    assertThat(directory.toFile().list()).hasSize(classes);

    Map<String, ReportTestSuite> suites = Reports.parseDirectory(directory);
    assertThat(suites).hasSameSizeAs(written);
    written.forEach((name, expected) -> assertParsed(suites.get(name), expected));
  }

  /**
   * What a reader sees of one report's attributes, worked out in the order the report holds them
   * (see {@link Reports.AttributeReads}). A message or type is null where there is no attribute.
   */
  private record Expected(
      ClassResult result,
      String name,
      List<Map.Entry<String, String>> properties,
      List<ExpectedCase> cases) {

    static Expected of(ClassResult result) {
      Map<String, String> given = new LinkedHashMap<>();
      if (result.group() != null) {
        given.put("failfast.group", result.group());
      }
      given.put("failfast.stopped", String.valueOf(result.totals().stopped()));
      if (result.cancelledBy() != null) {
        given.put("failfast.cancelledBy", result.cancelledBy());
      }
      result.properties().forEach(given::putIfAbsent);
      List<String> names = new ArrayList<>(given.keySet());
      names.add(result.className());
      result.tests().forEach(test -> names.addAll(List.of(test.name(), test.className())));

      Reports.AttributeReads reads = new Reports.AttributeReads(names);
      String name = reads.name(result.className());
      List<Map.Entry<String, String>> properties = new ArrayList<>();
      given.forEach((key, value) -> properties.add(Map.entry(reads.name(key), reads.text(value))));
      List<ExpectedCase> cases = new ArrayList<>();
      for (TestCaseResult test : result.tests()) {
        String testName = reads.name(test.name());
        String className = reads.name(test.className());
        String message = message(test);
        String type = type(test);
        cases.add(
            new ExpectedCase(
                test,
                testName,
                className,
                message == null ? null : reads.text(message),
                type == null ? null : reads.text(type)));
      }
      return new Expected(result, name, properties, cases);
    }

    /** The parser needs a message on {@code <skipped>}, so the writer fills one in. */
    private static String message(TestCaseResult test) {
      String message = test.message();
      boolean blank = message == null || Reports.asTextReads(message).isBlank();
      return switch (test.outcome()) {
        case PASSED -> null;
        case FAILED, ERROR -> message;
        case SKIPPED -> blank ? "skipped" : message;
        case STOPPED ->
            blank ? "stopped" : message.startsWith("stopped") ? message : "stopped: " + message;
      };
    }

    /**
     * The parser needs a type on {@code <failure>} and {@code <error>}, so the writer fills one in.
     */
    private static String type(TestCaseResult test) {
      String type = test.throwableType();
      boolean blank = type == null || Reports.asTextReads(type).isBlank();
      return switch (test.outcome()) {
        case FAILED -> blank ? "java.lang.AssertionError" : type;
        case ERROR -> blank ? "java.lang.Throwable" : type;
        default -> null;
      };
    }
  }

  private record ExpectedCase(
      TestCaseResult test, String name, String className, String message, String type) {}

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
              TestOutput.of(maybe(random, () -> text(random))),
              TestOutput.of(maybe(random, () -> text(random)))));
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

  private static void assertReadsBack(Element testsuite, Expected expected) {
    assertThat(testsuite.getAttribute("name")).isEqualTo(expected.name());
    List<Element> properties = elements(elements(testsuite, "properties").get(0), "property");
    assertThat(properties)
        .extracting(p -> Map.entry(p.getAttribute("name"), p.getAttribute("value")))
        .containsExactlyElementsOf(expected.properties());

    List<Element> testcases = elements(testsuite, "testcase");
    assertThat(testcases).hasSameSizeAs(expected.cases());
    for (int i = 0; i < testcases.size(); i++) {
      assertTestCase(testcases.get(i), expected.cases().get(i));
    }
  }

  private static void assertTestCase(Element testcase, ExpectedCase expected) {
    TestCaseResult test = expected.test();
    assertThat(testcase.getAttribute("name")).isEqualTo(expected.name());
    assertThat(testcase.getAttribute("classname")).isEqualTo(expected.className());
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
      assertThat(element.getAttribute("message")).isEqualTo(orEmpty(expected.message()));
      assertThat(element.hasAttribute("message")).isEqualTo(expected.message() != null);
      assertThat(element.getAttribute("type")).isEqualTo(orEmpty(expected.type()));
      assertThat(element.getTextContent()).isEqualTo(textOrEmpty(test.stackTrace()));
    }
    assertOutput(testcase, "system-out", TestRuns.text(test.systemOut()));
    assertOutput(testcase, "system-err", TestRuns.text(test.systemErr()));
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

  private static void assertParsed(ReportTestSuite suite, Expected expected) {
    Totals totals = expected.result().totals();
    assertThat(suite.getNumberOfTests()).isEqualTo(totals.tests());
    assertThat(suite.getNumberOfFailures()).isEqualTo(totals.failures());
    assertThat(suite.getNumberOfErrors()).isEqualTo(totals.errors());
    assertThat(suite.getNumberOfSkipped()).isEqualTo(totals.skipped() + totals.stopped());
    List<ReportTestCase> cases = suite.getTestCases();
    for (int i = 0; i < cases.size(); i++) {
      ReportTestCase read = cases.get(i);
      ExpectedCase want = expected.cases().get(i);
      TestCaseResult test = want.test();
      assertThat(read.getName()).isEqualTo(want.name());
      switch (test.outcome()) {
        case PASSED -> assertThat(read.isSuccessful()).isTrue();
        case FAILED, ERROR -> {
          assertThat(test.outcome() == Outcome.FAILED ? read.hasFailure() : read.hasError())
              .isTrue();
          assertThat(read.getFailureMessage()).isEqualTo(want.message());
          assertThat(read.getFailureType()).isEqualTo(want.type());
          // The parser drops whitespace-only chunks of text, so compare without whitespace.
          assertThat(withoutWhitespace(read.getFailureDetail()))
              .isEqualTo(withoutWhitespace(textOrEmpty(test.stackTrace())));
        }
        case SKIPPED, STOPPED -> {
          assertThat(read.hasSkipped()).isTrue();
          assertThat(read.getFailureMessage()).isEqualTo(want.message());
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

  private static String orEmpty(String text) {
    return text == null ? "" : text;
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
