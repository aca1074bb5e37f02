package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.SurefireReportParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How the tests read reports back: the XSD, Surefire's own parser, and a DOM for exact text, each
 * with the XML limits that JDK 24 and newer apply by default, whichever JDK runs the tests.
 */
final class Reports {

  static {
    SurefireSchema.applyJdk24Limits(); // before any reader below is made
  }

  private Reports() {}

  /** Fails unless the file is well-formed XML that is valid against Surefire's schema. */
  static void assertValid(Path report) {
    try {
      SurefireSchema.validate(report);
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
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
      Document document = builder.parse(report.toFile());
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError(report + " is not well-formed: " + e.getMessage(), e);
    }
  }

  /**
   * What an XML reader sees of {@code text} written as an attribute value (XML 1.0 §3.3.3), in a
   * report whose attribute values hold few markup characters (see {@link AttributeReads}).
   */
  static String asAttributeReads(String text) {
    return new AttributeReads(List.of()).text(text);
  }

  /**
   * What an XML reader sees of one report's attribute values (XML 1.0 §3.3.3), where a report
   * writes at most {@link ReferenceBudget#MARKUP_CHARACTERS} markup characters ({@code < > & "})
   * and each one more as {@code \}{@code uXXXX}: the names all as they are if they fit, else all
   * escaped; free text, asked in the order the report holds it, with what the names left. Written
   * apart from {@link ReferenceBudget}, so the two check each other.
   */
  static final class AttributeReads {

    private final boolean namesFit;
    private long textLeft;

    AttributeReads(List<String> names) {
      long markup = names.stream().mapToLong(name -> markup(asTextReads(name))).sum();
      namesFit = markup <= ReferenceBudget.MARKUP_CHARACTERS;
      textLeft = ReferenceBudget.MARKUP_CHARACTERS - (namesFit ? markup : 0);
    }

    String name(String text) {
      return reads(text, namesFit ? Long.MAX_VALUE : 0);
    }

    String text(String text) {
      long before = textLeft;
      textLeft = Math.max(0, textLeft - markup(asTextReads(text)));
      return reads(text, before);
    }

    private static String reads(String text, long markupKept) {
      StringBuilder reads = new StringBuilder();
      for (char c : asTextReads(text).toCharArray()) {
        if (isMarkup(c) && markupKept-- <= 0) {
          reads.append(String.format("\\u%04X", (int) c));
        } else {
          reads.append(c == '\t' || c == '\n' ? ' ' : c);
        }
      }
      return reads.toString();
    }

    private static long markup(String text) {
      return text.chars().filter(c -> isMarkup((char) c)).count();
    }

    private static boolean isMarkup(char c) {
      return c == '<' || c == '>' || c == '&' || c == '"';
    }
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
}
