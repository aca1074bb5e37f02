package dev.failfast.maven.select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Surefire's {@code includesFile} and {@code excludesFile}: one class pattern a line; blank lines
 * and lines starting with {@code #} are skipped.
 */
public final class PatternFile {

  private PatternFile() {}

  /**
   * @param parameter the parameter that names the file, for the error
   * @param file nullable: none
   * @throws IllegalArgumentException when the file does not exist
   */
  public static List<String> read(String parameter, Path file) throws IOException {
    if (file == null) {
      return List.of();
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(parameter + ": " + file + " is not a file; give the path of a file with one"
          + " class pattern a line");
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }
}
