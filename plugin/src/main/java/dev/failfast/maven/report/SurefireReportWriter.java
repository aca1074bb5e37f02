package dev.failfast.maven.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes Surefire's XML report, one {@code TEST-<className>.xml} per test class, valid against
 * Surefire's {@code surefire-test-report-3.0.2.xsd} and readable by {@code surefire-report-parser}
 * (docs/reports.md). File names: {@link ReportFileNames}; text escaping: {@link XmlText}.
 *
 * <p>Safe to call from several threads at once for different classes.
 */
public final class SurefireReportWriter {

  private final Path reportsDirectory;

  public SurefireReportWriter(Path reportsDirectory) {
    this.reportsDirectory =
        Objects.requireNonNull(reportsDirectory, "reportsDirectory must not be null");
  }

  public Path reportsDirectory() {
    return reportsDirectory;
  }

  /**
   * Writes (or overwrites) the report of one class, creating the reports directory if needed.
   *
   * <p>The report is written beside its final name and then moved there, so a failed write (a full
   * disk, say) leaves the earlier report or none, never a truncated one: readers such as {@code
   * surefire-report-parser} give up on the whole directory at one malformed file. The temporary
   * name does not end in {@code .xml}, so no reader takes it for a report meanwhile.
   *
   * @return the file written, always directly in the reports directory
   */
  public Path write(ClassResult result) throws IOException {
    Objects.requireNonNull(result, "result must not be null");
    Files.createDirectories(reportsDirectory);
    Path file = reportsDirectory.resolve(ReportFileNames.forClass(result.className()));
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      writeXml(partial, result);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    return file;
  }

  private static void writeXml(Path file, ClassResult result) throws IOException {
    // The encoder reports unencodable input instead of writing '?': XmlText leaves none, and if it
    // ever did, a failed write beats a silently wrong report.
    try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
      writeXml(out, result);
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write the report " + file + ": " + e.getMessage(), e);
    }
  }

  /** The report of {@code result} as XML text to {@code out}, which stays open. */
  static void writeXml(Writer out, ClassResult result) throws IOException, XMLStreamException {
    XMLStreamWriter xml = newXmlWriter(out);
    new SuiteXml(xml).write(result);
    xml.close();
  }

  /**
   * The JDK's own StAX writer, never one found on the plugin's class path (Maven 4 ships Woodstox),
   * so the output does not change with the Maven version. A new one per file: factories are not
   * specified to be thread-safe, and the JDK's reuses its writer.
   */
  private static XMLStreamWriter newXmlWriter(Writer out) throws XMLStreamException {
    return XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
  }
}
