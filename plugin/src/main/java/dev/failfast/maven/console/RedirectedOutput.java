package dev.failfast.maven.console;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Test output under {@code redirectTestOutputToFile}: each class's in {@code
 * <reportsDirectory>/<class>-output.txt}, as Surefire writes it, open while the class runs.
 */
final class RedirectedOutput {

  private final Path directory;
  private final Map<String, Writer> open = new HashMap<>();
  private final Set<String> started = new HashSet<>();

  RedirectedOutput(Path directory) {
    this.directory = directory;
  }

  /** @return a problem to show once, or {@code null} */
  String append(String report, String text) {
    try {
      Writer out = open.get(report);
      if (out == null) {
        Files.createDirectories(directory);
        // A class's first output replaces the file of an earlier run.
        out = Files.newBufferedWriter(file(report), UTF_8, StandardOpenOption.CREATE,
            started.add(report) ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        open.put(report, out);
      }
      out.write(text);
      return null;
    } catch (IOException e) {
      return "Cannot write the test output of " + report + " to " + file(report) + ": " + e;
    }
  }

  /** The class has finished: its file is complete. */
  String close(String report) {
    Writer out = open.remove(report);
    try {
      if (out != null) {
        out.close();
      }
      return null;
    } catch (IOException e) {
      return "Cannot write the test output of " + report + " to " + file(report) + ": " + e;
    }
  }

  /** The class's name, with anything that could leave the directory replaced. */
  Path file(String report) {
    return directory.resolve(report.replaceAll("[^A-Za-z0-9.$_-]", "_") + "-output.txt");
  }
}
