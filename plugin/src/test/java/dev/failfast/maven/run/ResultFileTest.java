package dev.failfast.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFileTest {

  @Test
  void recordsAFailureForVerify(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("target/result.properties");
    ResultFile.write(file, "The test JVM died:\n it exited with code 3 ü");
    assertThat(ResultFile.read(file)).contains("The test JVM died:\n it exited with code 3 ü");
    ResultFile.write(file, null);
    assertThat(ResultFile.read(file)).isEmpty();
  }
}
