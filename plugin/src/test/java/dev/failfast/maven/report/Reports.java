package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.SurefireReportParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** How the tests read reports back: the XSD, Surefire's own parser, and a DOM for exact text. */
final class Reports {

  private static final Schema SUREFIRE_SCHEMA = schema("/schemas/surefire-test-report.xsd");

  private Reports() {}

  /** Fails unless the file is well-formed XML that is valid against Surefire's schema. */
  static void assertValid(Path report) {
    try {
      SUREFIRE_SCHEMA.newValidator().validate(new StreamSource(report.toFile()));
    } catch (SAXException | IOException e) {
      throw new AssertionError(report + " is not a valid Surefire report: " + e.getMessage(), e);
    }
  }

  /** Every suite in the directory, as {@code surefire-report-parser} reads it, by class name. */
  static Map<String, ReportTestSuite> parseDirectory(Path directory) {
    List<ReportTestSuite> suites =
        new SurefireReportParser(List.of(directory.toFile()), new NullConsoleLogger())
            .parseXMLReportFiles();
    Map<String, ReportTestSuite> byName =
        suites.stream()
            .collect(Collectors.toMap(ReportTestSuite::getFullClassName, Function.identity()));
    assertThat(byName).as("one suite per class").hasSameSizeAs(suites);
    return byName;
  }

  static Element parseDom(Path report) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document document = factory.newDocumentBuilder().parse(report.toFile());
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError(report + " is not well-formed: " + e.getMessage(), e);
    }
  }

  /** What an XML reader sees of {@code text} written as an attribute value (XML 1.0 §3.3.3). */
  static String asAttributeReads(String text) {
    return asTextReads(text).replace('\t', ' ').replace('\n', ' ');
  }

  /**
   * What an XML reader sees of {@code text} written as character data: the code points XML 1.0
   * cannot carry as {@code \}{@code uXXXX}, line ends normalized (XML 1.0 §2.11). Written apart
   * from {@link XmlText}, walking code points instead of code units, so the two check each other.
   */
  static String asTextReads(String text) {
    StringBuilder expected = new StringBuilder();
    text.codePoints()
        .forEach(
            codePoint -> {
              if (isXmlChar(codePoint)) {
                expected.appendCodePoint(codePoint);
              } else {
                expected.append(String.format("\\u%04X", codePoint));
              }
            });
    return expected.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean isXmlChar(int codePoint) {
    return codePoint == 0x9
        || codePoint == 0xA
        || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || codePoint >= 0x10000;
  }

  private static Schema schema(String resource) {
    try (InputStream xsd = Reports.class.getResourceAsStream(resource)) {
      if (xsd == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(new StreamSource(xsd));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load " + resource, e);
    }
  }
}
