package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each test checks one thing the pom or the command line gives the test JVM. */
class EnvironmentTest {

  @Test
  void systemPropertyVariables() {
    assertEquals("hello", System.getProperty("greeting"), "<systemPropertyVariables><greeting>");
    assertEquals("a b  c", System.getProperty("with.spaces"), "<systemPropertyVariables><with.spaces>");
  }

  @Test
  void environmentVariables() {
    assertEquals("blue", System.getenv("FF_COLOR"), "<environmentVariables><FF_COLOR>");
    assertNotNull(System.getenv("PATH"), "the build's own environment is kept");
  }

  @Test
  void workingDirectory() {
    Path basedir = Path.of(System.getProperty("basedir"));
    assertEquals(basedir.resolve("target/work"), Path.of("").toAbsolutePath(), "<workingDirectory>");
  }

  @Test
  void argLine() {
    assertEquals("yes", System.getProperty("from.argline"), "<argLine>");
  }

  @Test
  void userPropertiesOfTheBuild() {
    assertEquals("yes", System.getProperty("from.cli"), "-Dfrom.cli=yes on the command line");
  }
}
