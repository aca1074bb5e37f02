package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one {@link ClassResult} as a Surefire {@code <testsuite>} document, element by element (no
 * tree in memory). Every attribute value and text goes through {@link XmlText#sanitize}. Text (stack
 * traces, output) is written as CDATA sections, as Surefire and JUnit's own XML reports write
 * output, so that however much of it there is, a reader resolves no reference for it; attribute
 * values are escaped by the XML writer within the document's {@link ReferenceBudget}.
 */
final class SuiteXml {

  static final String GROUP_PROPERTY = "failfast.group";
  static final String STOPPED_PROPERTY = "failfast.stopped";
  static final String CANCELLED_BY_PROPERTY = "failfast.cancelledBy";
  private static final Set<String> FAILFAST_PROPERTIES =
      Set.of(GROUP_PROPERTY, STOPPED_PROPERTY, CANCELLED_BY_PROPERTY);

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String SCHEMA_VERSION = "3.0.2";
  private static final String SCHEMA_LOCATION =
      "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report-"
          + SCHEMA_VERSION
          + ".xsd";
  private static final String STOPPED = "stopped";
  private static final String SKIPPED = "skipped";
  private static final String ERRORS = "errors";
  private static final String SKIPPED_COUNT = "skipped";
  private static final String FAILURES = "failures";

  /** What {@link Outcome#FAILED} means: the test ended with an {@link AssertionError}. */
  private static final String FAILURE_TYPE = AssertionError.class.getName();

  /** The least a test that errored without a known throwable (a dead fork) can claim. */
  private static final String ERROR_TYPE = Throwable.class.getName();

  private static final String[] INDENTS = {"\n", "\n  ", "\n    "};

  private static final String CDATA_END = "]]>";

  /** Characters of output read and written at a time. */
  private static final int CHUNK = 8192;

  private final XMLStreamWriter xml;
  private ReferenceBudget budget;

  SuiteXml(XMLStreamWriter xml) {
    this.xml = xml;
  }

  void write(ClassResult result) throws XMLStreamException, IOException {
    Totals totals = result.totals();
    Map<String, String> properties = properties(result, totals);
    budget = new ReferenceBudget(names(result, properties));
    xml.writeStartDocument("UTF-8", "1.0");
    indent(0);
    xml.writeStartElement("testsuite");
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("xsi", XSI, "noNamespaceSchemaLocation", SCHEMA_LOCATION);
    attribute("version", SCHEMA_VERSION);
    nameAttribute("name", result.className());
    attribute("time", seconds(result.time()));
    attribute("tests", Integer.toString(totals.tests()));
    for (Map.Entry<String, Integer> count : surefireCounts(totals).entrySet()) {
      attribute(count.getKey(), Integer.toString(count.getValue()));
    }
    if (totals.flakes() > 0) {
      attribute("flakes", Integer.toString(totals.flakes()));
    }
    attribute("timestamp", result.timestamp().truncatedTo(ChronoUnit.MILLIS).toString());
    writeProperties(properties);
    for (TestCaseResult test : result.tests()) {
      writeTestCase(test);
    }
    indent(0);
    xml.writeEndElement();
    xml.writeEndDocument();
  }

  /**
   * failfast's own properties first, then the given ones. A given property with one of failfast's
   * names is dropped, even where failfast has no value for it (an ungrouped class): the report must
   * say what failfast decided, not what a system property said.
   * The group goes here and never into the {@code group} attribute, which readers take for the
   * package.
   */
  private static Map<String, String> properties(ClassResult result, Totals totals) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (result.group() != null) {
      properties.put(GROUP_PROPERTY, result.group());
    }
    properties.put(STOPPED_PROPERTY, Integer.toString(totals.stopped()));
    if (result.cancelledBy() != null) {
      properties.put(CANCELLED_BY_PROPERTY, result.cancelledBy());
    }
    result.properties().forEach((name, value) -> {
      if (!FAILFAST_PROPERTIES.contains(name)) {
        properties.put(name, value);
      }
    });
    return properties;
  }

  /** The suite's count attributes, in Surefire's order. */
  private static Map<String, Integer> surefireCounts(Totals totals) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : List.of(ERRORS, SKIPPED_COUNT, FAILURES)) {
      counts.put(name, 0);
    }
    for (Outcome outcome : Outcome.values()) {
      surefireCount(outcome).ifPresent(name -> counts.merge(name, totals.count(outcome), Math::addExact));
    }
    return counts;
  }

  /**
   * The suite count a test with this outcome adds to. Surefire's format has no stopped count:
   * stopped tests are skipped to every other tool ({@code docs/reports.md}).
   */
  private static Optional<String> surefireCount(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> Optional.empty();
      case FAILED -> Optional.of(FAILURES);
      case ERROR -> Optional.of(ERRORS);
      case SKIPPED, STOPPED -> Optional.of(SKIPPED_COUNT);
    };
  }

  /** Every name the document holds, in {@link #nameAttribute}s, as often as it holds it. */
  private static List<String> names(ClassResult result, Map<String, String> properties) {
    List<String> names = new ArrayList<>(properties.keySet());
    names.add(result.className());
    for (TestCaseResult test : result.tests()) {
      names.add(test.name());
      names.add(test.className());
    }
    return names;
  }

  private void writeProperties(Map<String, String> properties) throws XMLStreamException {
    indent(1);
    xml.writeStartElement("properties");
    for (Map.Entry<String, String> property : properties.entrySet()) {
      indent(2);
      xml.writeEmptyElement("property");
      nameAttribute("name", property.getKey());
      attribute("value", property.getValue());
    }
    indent(1);
    xml.writeEndElement();
  }

  private void writeTestCase(TestCaseResult test) throws XMLStreamException, IOException {
    Outcome outcome = test.outcome();
    // surefire-report-parser counts a <failure> or <error> without a type, or a <skipped> without
    // a message, in the suite's totals but reports the test itself as successful; hence defaults.
    // <skipped> takes no type; its text (allowed by the schema, ignored by readers) keeps the
    // trace of an assumption failure or of how a stopped test ended.
    List<EarlierAttempt> attempts = new ArrayList<>(test.earlierAttempts());
    EarlierAttempt main = mainAttempt(test, attempts);
    String message = main == null ? test.message() : main.message();
    String type = main == null ? test.throwableType() : main.throwableType();
    String trace = main == null ? test.stackTrace() : main.stackTrace();
    Child child = switch (outcome) {
      case PASSED -> null;
      case FAILED -> new Child("failure", message, orDefault(type, FAILURE_TYPE));
      case ERROR -> new Child("error", message, orDefault(type, ERROR_TYPE));
      case SKIPPED -> new Child("skipped", orDefault(message, SKIPPED), null);
      case STOPPED -> new Child("skipped", stoppedMessage(message), null);
    };
    boolean empty = child == null && test.systemOut() == null && test.systemErr() == null
        && test.earlierAttempts().isEmpty();
    indent(1);
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    nameAttribute("name", test.name());
    nameAttribute("classname", test.className());
    attribute("time", seconds(test.time()));
    // in the schema's order: <failure>, its earlier attempts, <skipped> or <error>, its earlier attempts
    if (outcome == Outcome.FAILED) {
      writeChild(child, trace);
    }
    writeAttempts(attempts, test.flaky(), Outcome.FAILED, "Failure");
    if (child != null && outcome != Outcome.FAILED) {
      writeChild(child, trace);
    }
    writeAttempts(attempts, test.flaky(), Outcome.ERROR, "Error");
    writeText("system-out", test.systemOut());
    writeText("system-err", test.systemErr());
    if (!empty) {
      indent(1);
      xml.writeEndElement();
    }
  }

  /** The skipped message of a stopped test always starts with "stopped", so readers can tell. */
  private static String stoppedMessage(String message) {
    String stopped = orDefault(message, STOPPED);
    return stopped.startsWith(STOPPED) ? stopped : STOPPED + ": " + stopped;
  }

  /** {@code value}, unless a reader would see nothing there (null, or only whitespace). */
  private static String orDefault(String value, String fallback) {
    return value == null || XmlText.sanitize(value).isBlank() ? fallback : value;
  }

  /** The element that says how a test did not pass: {@code <failure>}, {@code <error>} or {@code <skipped>}. */
  private record Child(String element, String message, String type) {}

  private void writeChild(Child child, String body) throws XMLStreamException {
    indent(2);
    if (body == null) {
      xml.writeEmptyElement(child.element());
    } else {
      xml.writeStartElement(child.element());
    }
    attribute("message", child.message());
    attribute("type", child.type());
    if (body != null) {
      writeCData(body);
      xml.writeEndElement();
    }
  }

  /**
   * Surefire's main attempt of a test that failed every one: the first of the final outcome's kind,
   * taken out of {@code attempts} (the last one added); null when the test's own result is shown.
   */
  private static EarlierAttempt mainAttempt(TestCaseResult test, List<EarlierAttempt> attempts) {
    Outcome outcome = test.outcome();
    if (attempts.isEmpty() || (outcome != Outcome.FAILED && outcome != Outcome.ERROR)) {
      return null;
    }
    attempts.add(new EarlierAttempt(outcome, test.message(), test.throwableType(), test.stackTrace()));
    for (int i = 0; i < attempts.size(); i++) {
      if (attempts.get(i).outcome() == outcome) {
        return attempts.remove(i);
      }
    }
    throw new AssertionError("the last attempt has the test's outcome");
  }

  /**
   * Surefire's element for each earlier attempt that ended with {@code outcome}: {@code flaky…}
   * when the test passed in the end, else {@code rerun…}; its trace in a {@code <stackTrace>}.
   * Output stays in the test's own {@code <system-out>}, which holds every attempt's.
   */
  private void writeAttempts(List<EarlierAttempt> attempts, boolean flaky, Outcome outcome, String kind)
      throws XMLStreamException {
    for (EarlierAttempt attempt : attempts) {
      if (attempt.outcome() == outcome) {
        indent(2);
        xml.writeStartElement((flaky ? "flaky" : "rerun") + kind);
        attribute("message", attempt.message());
        attribute("type", orDefault(attempt.throwableType(), outcome == Outcome.FAILED ? FAILURE_TYPE : ERROR_TYPE));
        xml.writeStartElement("stackTrace");
        writeCData(attempt.stackTrace() == null ? "" : attempt.stackTrace());
        xml.writeEndElement();
        xml.writeEndElement();
      }
    }
  }

  /**
   * Streams a test's output into the report in chunks, never whole: a chunk ends before a high
   * surrogate so a pair stays together, and before a {@code \r} so a reader sees {@code \r\n} as
   * one line end; a {@code ]]>} across two chunks is in two sections.
   */
  private void writeText(String element, TestOutput output) throws XMLStreamException, IOException {
    if (output == null) {
      return;
    }
    indent(2);
    xml.writeStartElement(element);
    try (Reader text = output.open()) {
      char[] buffer = new char[CHUNK];
      int held = 0;
      for (int read = text.read(buffer, held, CHUNK - held); read >= 0; read = text.read(buffer, held, CHUNK - held)) {
        int length = held + read;
        int whole = length > 0 && (Character.isHighSurrogate(buffer[length - 1]) || buffer[length - 1] == '\r')
            ? length - 1 : length;
        writeCData(new String(buffer, 0, whole));
        held = length - whole;
        System.arraycopy(buffer, whole, buffer, 0, held);
      }
      writeCData(new String(buffer, 0, held));
    }
    xml.writeEndElement();
  }

  /**
   * Writes {@code text} as CDATA sections: {@code ]]>}, which would end a section, is split across
   * two ({@code ]]} ends one, {@code >} starts the next), so any text reads back as it was. Nothing
   * for empty text.
   */
  private void writeCData(String text) throws XMLStreamException {
    String sanitized = XmlText.sanitize(text);
    int from = 0;
    for (int end = sanitized.indexOf(CDATA_END);
        end >= 0;
        end = sanitized.indexOf(CDATA_END, from)) {
      xml.writeCData(sanitized.substring(from, end + 2));
      from = end + 2;
    }
    if (from < sanitized.length()) {
      xml.writeCData(sanitized.substring(from));
    }
  }

  /**
   * Writes a value of free text (or a number), within the {@link ReferenceBudget}; nothing for a
   * null value: every attribute the model leaves open is optional.
   */
  private void attribute(String name, String value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, budget.text(XmlText.sanitize(value)));
    }
  }

  /** Writes a name that readers match on: the suite's, a test's, a class's, a property's. */
  private void nameAttribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, budget.name(XmlText.sanitize(value)));
  }

  /** Line breaks and indentation between elements, for people reading the file. */
  private void indent(int depth) throws XMLStreamException {
    xml.writeCharacters(INDENTS[depth]);
  }

  /** Seconds with millisecond precision, as Surefire writes them: {@code 0.25}, {@code 3}. */
  static String seconds(Duration time) {
    return BigDecimal.valueOf(time.toMillis(), 3).stripTrailingZeros().toPlainString();
  }
}
