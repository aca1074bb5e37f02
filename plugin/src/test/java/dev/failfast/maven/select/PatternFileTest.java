package dev.failfast.maven.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternFileTest {

  @TempDir
  Path directory;

  @Test
  void onePatternALineWithoutBlankLinesAndComments() throws IOException {
    Path file = Files.writeString(directory.resolve("includes.txt"), "# smoke tests\n**/*Smoke.java\n\n  **/db/*IT  \n");
    assertThat(PatternFile.read("includesFile", file)).containsExactly("**/*Smoke.java", "**/db/*IT");
    assertThat(PatternFile.read("includesFile", null)).isEmpty();
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = directory.resolve("absent.txt");
    assertThatThrownBy(() -> PatternFile.read("excludesFile", missing)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("excludesFile: " + missing + " is not a file; give the path of a file with one class pattern a"
            + " line");
  }
}
