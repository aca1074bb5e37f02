package com.acme.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A group that passes, untouched by the other groups' cancellations. */
@FailFastGroup("catalog")
class CatalogTest {

  @Test
  void lists() {
    assertEquals(3, "abc".length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"book", "lamp", "desk"})
  void finds(String item) {
    assertEquals(4, item.length());
  }

  /** The test JVM runs the JUnit (Jupiter and Platform) and the Java the cell names. */
  @Test
  void runsOnTheCellsVersions() throws ClassNotFoundException {
    String junit = System.getProperty("matrix.junit");
    String platform = junit.startsWith("5.") ? "1." + junit.substring(2) : junit;
    assertEquals(junit, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
    assertEquals(
        junit,
        Class.forName("org.junit.jupiter.engine.JupiterTestEngine")
            .getPackage()
            .getImplementationVersion(),
        "junit-jupiter-engine");
    assertEquals(
        platform,
        Class.forName("org.junit.platform.launcher.core.LauncherFactory")
            .getPackage()
            .getImplementationVersion(),
        "junit-platform-launcher");
    String java = System.getProperty("matrix.java", "");
    assertTrue(
        java.isEmpty() || java.equals(System.getProperty("java.specification.version")),
        () -> "expected Java " + java + ", runs on " + System.getProperty("java.version"));
  }
}
