package dev.failfast.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.maven.TestRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSpoolTest {

  private static final String MARKER = " bytes cut: failfast keeps the first " + OutputSpool.LIMIT_BYTES
      + " bytes of a test's output to a stream]\n";

  @TempDir
  Path temp;

  @Test
  void outputUpToTheLimitIsKeptWhole() throws IOException {
    try (OutputSpool spool = new OutputSpool(temp.resolve("spool"))) {
      OutputSpool.TestStream stream = spool.open();
      String half = "x".repeat(OutputSpool.LIMIT_BYTES / 2);
      stream.append(half);
      stream.append(half);

      assertThat(TestRuns.text(stream.output())).isEqualTo(half + half);
    }
  }

  @Test
  void outputBeyondTheLimitIsCutWithAVisibleMarker() throws IOException {
    try (OutputSpool spool = new OutputSpool(temp.resolve("spool"))) {
      OutputSpool.TestStream stream = spool.open();
      stream.append("x".repeat(OutputSpool.LIMIT_BYTES - 1));
      stream.append("é and more"); // 2 bytes: it does not fit in the 1 left, and is not split
      stream.append("later");

      assertThat(TestRuns.text(stream.output()))
          .isEqualTo("x".repeat(OutputSpool.LIMIT_BYTES - 1) + "\n[… 16" + MARKER);
    }
  }

  @Test
  void aStreamWithoutOutputHasNoneAndClosingTheSpoolDeletesItsFiles() throws IOException {
    Path directory = temp.resolve("spool");
    OutputSpool spool = new OutputSpool(directory);
    OutputSpool.TestStream silent = spool.open();
    OutputSpool.TestStream noisy = spool.open();
    noisy.append("hello");
    noisy.pause();
    noisy.append(" again");

    assertThat(silent.output()).isNull();
    assertThat(TestRuns.text(noisy.output())).isEqualTo("hello again");
    spool.close();
    assertThat(directory).doesNotExist();
    assertThat(Files.list(temp)).isEmpty();
  }
}
