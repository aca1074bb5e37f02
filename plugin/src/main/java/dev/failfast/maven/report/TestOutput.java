package dev.failfast.maven.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a test printed to one stream, read when its report is written: a test's output is spooled
 * to a file as it arrives, so the build JVM never holds it whole (docs/reports.md Bounds).
 */
@FunctionalInterface
public interface TestOutput {

  /** Opens the text from its start; the caller closes the reader. */
  Reader open() throws IOException;

  /** Text held in memory; {@code null} for none. */
  static TestOutput of(String text) {
    return text == null ? null : () -> new StringReader(text);
  }

  /**
   * UTF-8 text in {@code file}, then {@code trailer} (a marker saying what was cut, or empty).
   * The file is read only when the report is written.
   */
  static TestOutput spooled(Path file, String trailer) {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(trailer, "trailer must not be null");
    return () -> {
      Reader text = Files.exists(file) ? Files.newBufferedReader(file, UTF_8) : Reader.nullReader();
      return trailer.isEmpty() ? text : new TrailedReader(text, trailer);
    };
  }
}
