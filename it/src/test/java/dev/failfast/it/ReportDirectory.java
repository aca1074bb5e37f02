package dev.failfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failfast.maven.report.SurefireSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.SurefireReportParser;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One reports directory ({@code target/surefire-reports} or {@code target/failsafe-reports}) read
 * the way report consumers read it: every {@code .xml} file validated against Surefire's XSD, the
 * directory parsed by {@code surefire-report-parser} (as {@code maven-surefire-report-plugin}
 * does), and the totals compared with failfast's own {@code failfast-summary.json}, read with
 * Jackson.
 *
 * <p>The XML readers get the limits JDK 24 and newer apply by default (at most 100,000 resolved
 * references a document), on every JDK, so a report that Jenkins or the report plugin would refuse
 * on JDK 25 fails here on JDK 17 too.
 */
final class ReportDirectory {

  static final String SUMMARY = "failfast-summary.json";

  static {
    SurefireSchema.applyJdk24Limits(); // before any reader below is made
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts as Surefire's XML has them: {@code skipped} includes failfast's stopped tests. */
  record Totals(int tests, int failures, int errors, int skipped) {
    @Override
    public String toString() {
      return "tests " + tests + ", failures " + failures + ", errors " + errors + ", skipped "
          + skipped;
    }
  }

  /**
   * A directory that passed {@link #check}: its report files, the suites the parser read, and the
   * summary.
   */
  record Checked(Path directory, List<Path> reports, List<ReportTestSuite> suites, JsonNode summary) {

    Totals totals() {
      return new Totals(
          suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum(),
          suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum(),
          suites.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum(),
          suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum());
    }

    /** The test case the parser read for {@code className} and {@code name}. */
    ReportTestCase testCase(String className, String name) {
      List<ReportTestCase> found =
          suites.stream()
              .flatMap(suite -> suite.getTestCases().stream())
              .filter(test -> test.getFullClassName().equals(className))
              .filter(test -> test.getName().equals(name))
              .toList();
      assertThat(found).as("%s %s.%s", directory, className, name).hasSize(1);
      return found.get(0);
    }
  }

  /**
   * Where the surefire-parity build has Surefire itself write, to compare with failfast's reports:
   * Surefire's own reports are not failfast's to check (its {@code <skipped type>} is outside the
   * XSD).
   */
  static final String SUREFIRE_SIDE = "surefire-side";

  private ReportDirectory() {}

  /**
   * Every reports directory under {@code root}, sorted: each {@code surefire-reports} or {@code
   * failsafe-reports} directory that holds an {@code .xml} file, and any other directory (a
   * configured {@code reportsDirectory}) that holds a {@code TEST-*.xml} report or a {@value
   * #SUMMARY}; never {@value #SUREFIRE_SIDE}.
   */
  static List<Path> under(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isDirectory).filter(ReportDirectory::isReports).sorted().toList();
    }
  }

  private static boolean isReports(Path directory) {
    String name = directory.getFileName().toString();
    if (name.equals(SUREFIRE_SIDE)) {
      return false;
    }
    List<Path> xml = xmlFiles(directory);
    if (name.equals("surefire-reports") || name.equals("failsafe-reports")) {
      return !xml.isEmpty();
    }
    return hasSummary(directory)
        || xml.stream().anyMatch(file -> file.getFileName().toString().startsWith("TEST-"));
  }

  /** The suites surefire-report-parser reads from a directory; it must complain of nothing. */
  static List<ReportTestSuite> parse(Path directory) {
    RecordingLogger log = new RecordingLogger();
    List<ReportTestSuite> suites =
        new SurefireReportParser(List.of(directory.toFile()), log).parseXMLReportFiles();
    assertThat(log.problems)
        .as("what surefire-report-parser complained about in %s", directory)
        .isEmpty();
    return suites;
  }

  static boolean hasSummary(Path directory) {
    return Files.isRegularFile(directory.resolve(SUMMARY));
  }

  /**
   * Validates every report, parses the directory and compares the totals with the summary's
   * (tests, failures, errors, and skipped plus stopped, as the XML counts them; and the stopped
   * tests one by one); fails with every problem found.
   */
  static Checked check(Path directory) throws IOException {
    // No report at all is right when no test ran (a -Dtest filter that matched nothing, say): then
    // the summary must count none.
    List<Path> reports = xmlFiles(directory);
    List<String> invalid = new ArrayList<>();
    for (Path report : reports) {
      try {
        SurefireSchema.validate(report);
      } catch (SAXException e) {
        invalid.add(report.getFileName() + ": " + e.getMessage());
      }
    }
    assertThat(invalid).as("reports in %s not valid against Surefire's XSD", directory).isEmpty();

    List<ReportTestSuite> suites = parse(directory);
    assertThat(suites.isEmpty())
        .as("surefire-report-parser read no suite from the %d reports in %s", reports.size(),
            directory)
        .isEqualTo(reports.isEmpty());

    JsonNode summary = JSON.readTree(directory.resolve(SUMMARY).toFile());
    JsonNode totals = summary.path("totals");
    assertThat(totals.isObject()).as("%s has totals", directory.resolve(SUMMARY)).isTrue();
    Totals expected =
        new Totals(
            totals.path("tests").asInt(-1),
            totals.path("failures").asInt(-1),
            totals.path("errors").asInt(-1),
            totals.path("skipped").asInt(-1) + totals.path("stopped").asInt(-1));
    Checked checked = new Checked(directory, reports, suites, summary);
    assertThat(checked.totals())
        .as("totals of the reports in %s, as surefire-report-parser reads them, against %s",
            directory, SUMMARY)
        .isEqualTo(expected);
    // A disabled test's reason may read "stopped: …" too: each suite's failfast.stopped counts
    // the tests that were really stopped (docs/reports.md).
    long stopped = 0;
    long flakes = 0;
    for (Path report : reports) {
      Element suite = suite(report);
      stopped += stoppedProperty(suite);
      flakes += suite.hasAttribute("flakes") ? Long.parseLong(suite.getAttribute("flakes")) : 0;
    }
    assertThat(stopped)
        .as("tests of %s counted in the suites' failfast.stopped, against the summary's stopped",
            directory)
        .isEqualTo(totals.path("stopped").asLong(-1));
    assertThat(flakes)
        .as("flaky tests of %s in the suites' flakes attributes, against the summary's flakes", directory)
        .isEqualTo(totals.path("flakes").asLong(-1));
    return checked;
  }

  /** A report's {@code <testsuite>}. */
  private static Element suite(Path report) throws IOException {
    try {
      return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(report.toFile())
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot read " + report + ": " + e.getMessage(), e);
    }
  }

  /** A suite's {@code failfast.stopped} property; 0 when it has none. */
  private static long stoppedProperty(Element suite) {
    NodeList properties = suite.getElementsByTagName("property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").equals("failfast.stopped")) {
        return Long.parseLong(property.getAttribute("value"));
      }
    }
    return 0;
  }

  /** The {@code .xml} files of a directory, sorted: every one of them is a report to its readers. */
  static List<Path> xmlFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".xml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the parser's warnings and errors: a report it had trouble with fails the check. */
  private static final class RecordingLogger implements ConsoleLogger {

    final List<String> problems = new ArrayList<>();

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(String message) {}

    @Override
    public boolean isInfoEnabled() {
      return false;
    }

    @Override
    public void info(String message) {}

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warning(String message) {
      problems.add("warning: " + message);
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(String message) {
      problems.add("error: " + message);
    }

    @Override
    public void error(String message, Throwable t) {
      problems.add("error: " + message + ": " + t);
    }

    @Override
    public void error(Throwable t) {
      problems.add("error: " + t);
    }
  }
}
