package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void argLine() {
    assertEquals("yes", System.getProperty("from.argline"));
    assertEquals(256L * 1024 * 1024, Runtime.getRuntime().maxMemory(), 32L * 1024 * 1024);
  }

  @Test
  void systemPropertyVariables() {
    assertEquals("hello", System.getProperty("greeting"));
  }

  @Test
  void environmentVariables() {
    assertEquals("blue", System.getenv("FF_COLOR"));
  }

  @Test
  void workingDirectory() {
    assertTrue(Path.of("").toAbsolutePath().endsWith("work"), Path.of("").toAbsolutePath().toString());
  }

  /** Fails only when assertions are enabled, as Surefire enables them by default. */
  @Test
  void assertionsAreEnabled() {
    Price.withTax(-5);
  }
}
