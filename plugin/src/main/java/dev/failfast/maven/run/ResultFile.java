package dev.failfast.maven.run;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code integration-test} leaves for {@code verify}: whether the run should fail the build
 * and why. {@code integration-test} never fails itself, so that {@code post-integration-test}
 * can tear down what the tests needed.
 */
public final class ResultFile {

  private static final String FAILURE = "failure";

  private ResultFile() {}

  /** @param failure nullable; the build failure's message */
  public static void write(Path file, String failure) throws IOException {
    Properties result = new Properties();
    if (failure != null) {
      result.setProperty(FAILURE, failure);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      result.store(out, "failfast:integration-test result, read by failfast:verify");
    }
  }

  /** @return the recorded failure; empty when the run passed */
  public static Optional<String> read(Path file) throws IOException {
    Properties result = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      result.load(in);
    }
    return Optional.ofNullable(result.getProperty(FAILURE));
  }
}
