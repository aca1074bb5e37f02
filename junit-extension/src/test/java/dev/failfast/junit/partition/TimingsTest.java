package dev.failfast.junit.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timings file the build JVM writes and the test JVM reads. */
class TimingsTest {

  @TempDir Path dir;

  @Test
  void whatIsWrittenIsReadBack() throws IOException {
    Path file = dir.resolve("timings");
    Map<String, Long> millis = Map.of("com.example.Slow", 12_345L, "com.example.Fast", 0L, "Ünï$code", 7L);

    Timings.write(file, millis);

    assertThat(Timings.read(file)).isEqualTo(millis);
    assertThat(Files.readAllLines(file)).element(1).isEqualTo("com.example.Fast\t0");
  }

  @Test
  void aBadLineIsNamedByNumber() throws IOException {
    Path file = Files.writeString(dir.resolve("timings"), "# header\nA\t1\nB 2\n");

    assertThatIOException().isThrownBy(() -> Timings.read(file))
        .withMessage(file + " line 3 is not 'className<TAB>millis': B 2");
  }

  @Test
  void negativeOrMissingMillisAreBadLines() throws IOException {
    assertThatIOException().isThrownBy(() -> Timings.read(Files.writeString(dir.resolve("a"), "A\t-1\n")))
        .withMessageContaining("line 1");
    assertThatIOException().isThrownBy(() -> Timings.read(Files.writeString(dir.resolve("b"), "\t5\n")))
        .withMessageContaining("line 1");
  }

  @Test
  void aBadLineShowsAtMostItsFirst200Characters() throws IOException {
    String line = "x".repeat(Timings.LINE_SHOWN + 50);
    Path file = Files.writeString(dir.resolve("timings"), line + "\n");

    assertThatIOException().isThrownBy(() -> Timings.read(file))
        .withMessageEndingWith("x".repeat(Timings.LINE_SHOWN) + "… [50 characters cut]");
  }
}
