package dev.failfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the {@code reruns} build's reports (docs/reports.md "Reruns") with surefire-report-parser,
 * failfast's and those Surefire 3.5.4 wrote with its own {@code rerunFailingTestsCount} for the
 * same project, and compares them: the same flaky counts, and per test the same elements in the
 * same order with the same messages.
 */
class RerunsIT {

  private static final Path BUILD = Path.of(System.getProperty("failfast.it.builds", "target/it"))
      .toAbsolutePath().resolve("reruns");

  @Test
  void failfastsFlakyAndRerunElementsReadAsSurefiresOwn() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(BUILD), "the reruns build did not run (-Dinvoker.test chose others)");
    Map<String, ReportTestSuite> failfast = suites(BUILD.resolve("target/surefire-reports"));
    Map<String, ReportTestSuite> surefire = suites(BUILD.resolve("target/" + ReportDirectory.SUREFIRE_SIDE));

    assertThat(failfast.keySet()).containsExactly("com.acme.DatabaseTest", "com.acme.FlakyTest");
    assertThat(failfast.get("com.acme.FlakyTest").getNumberOfFlakes()).isEqualTo(1);
    ReportTestCase connects = testCase(failfast.get("com.acme.FlakyTest"), "connects");
    assertThat(connects.isSuccessful()).isTrue();
    assertThat(connects.getFlakyErrors()).singleElement().satisfies(error -> {
      assertThat(error.getMessage()).isEqualTo("connection refused");
      assertThat(error.getType()).isEqualTo("java.lang.IllegalStateException");
    });
    assertThat(testCase(failfast.get("com.acme.DatabaseTest"), "queries").hasError()).isTrue();

    assertThat(flakes(failfast)).as("flaky counts, failfast's and Surefire's").isEqualTo(flakes(surefire));
    Map<String, List<String>> kinds = elementKinds(BUILD.resolve("target/surefire-reports"));
    System.out.println("reruns: element kinds per test, failfast: " + kinds);
    assertThat(kinds).as("element kinds per test, failfast's and Surefire's")
        .isEqualTo(elementKinds(BUILD.resolve("target/" + ReportDirectory.SUREFIRE_SIDE)));
  }

  private static Map<String, ReportTestSuite> suites(Path directory) {
    return ReportDirectory.parse(directory).stream()
        .collect(Collectors.toMap(ReportTestSuite::getFullClassName, suite -> suite, (a, b) -> a, TreeMap::new));
  }

  private static ReportTestCase testCase(ReportTestSuite suite, String name) {
    return suite.getTestCases().stream().filter(test -> test.getName().equals(name)).findFirst().orElseThrow();
  }

  /** The parser's flake count of each suite, and of each flaky test its flaky elements. */
  private static Map<String, Integer> flakes(Map<String, ReportTestSuite> suites) {
    Map<String, Integer> flakes = new TreeMap<>();
    suites.forEach((name, suite) -> {
      flakes.put(name, suite.getNumberOfFlakes());
      suite.getTestCases().stream().filter(ReportTestCase::hasFlakes).forEach(test -> flakes.put(
          name + "." + test.getName(), test.getFlakyErrors().size() + test.getFlakyFailures().size()));
    });
    return flakes;
  }

  /** Each test's child elements but its output (with their messages), by class and name, from every report of a directory. */
  private static Map<String, List<String>> elementKinds(Path directory) throws Exception {
    Map<String, List<String>> kinds = new TreeMap<>();
    for (Path report : ReportDirectory.xmlFiles(directory)) {
      Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
          .getDocumentElement();
      NodeList cases = suite.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element test = (Element) cases.item(i);
        List<String> children = new ArrayList<>();
        for (Node child = test.getFirstChild(); child != null; child = child.getNextSibling()) {
          String name = child.getNodeName();
          if (child.getNodeType() == Node.ELEMENT_NODE && !name.startsWith("system-")) {
            // a stopped test's message is failfast's own; the failures' messages must be Surefire's, in its order
            children.add(name.equals("skipped") ? name : name + ": " + ((Element) child).getAttribute("message"));
          }
        }
        kinds.put(test.getAttribute("classname") + "." + test.getAttribute("name"), children);
      }
    }
    return kinds;
  }
}
