package dev.failfast.maven.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Surefire's report XSD, and the XML limits of JDK 24 and newer on every JDK, for the tests that
 * read reports back: this module's and, through its test jar, the {@code it} module's.
 */
public final class SurefireSchema {

  /**
   * JDK 24 and newer's defaults ({@code conf/jaxp.properties}, JDK-8343006): a reader gives up on a
   * document in which it resolves more than this many references. Earlier JDKs have no such limit
   * by default but honour the same system properties, so they are set before any reader is made: a
   * report that JDK 25's readers refuse fails the tests on JDK 17 too.
   */
  public static final int JDK24_REFERENCE_LIMIT = 100_000;

  static {
    applyJdk24Limits();
  }

  private static final Schema SCHEMA = load("/schemas/surefire-test-report.xsd");

  private SurefireSchema() {}

  /** Gives every XML reader made from now on the limits of JDK 24 and newer. */
  public static void applyJdk24Limits() {
    System.setProperty("jdk.xml.maxGeneralEntitySizeLimit", String.valueOf(JDK24_REFERENCE_LIMIT));
    System.setProperty("jdk.xml.totalEntitySizeLimit", String.valueOf(JDK24_REFERENCE_LIMIT));
  }

  /**
   * Validates a report against Surefire's {@code surefire-test-report-3.0.2.xsd}.
   *
   * @throws SAXException when the file is not well-formed or not valid against the schema
   */
  public static void validate(Path report) throws SAXException, IOException {
    SCHEMA.newValidator().validate(new StreamSource(report.toFile()));
  }

  private static Schema load(String resource) {
    try (InputStream xsd = SurefireSchema.class.getResourceAsStream(resource)) {
      if (xsd == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException("cannot load " + resource, e);
    }
  }
}
