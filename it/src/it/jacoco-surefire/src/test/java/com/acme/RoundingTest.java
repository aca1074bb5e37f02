package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class RoundingTest {

  @Test
  void roundsToCents() {
    assertEquals(1999, Rounding.toCents(19.99));
  }

  @Test
  void theAgentIsLoaded() {
    assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(argument -> argument.startsWith("-javaagent:") && argument.contains("org.jacoco.agent")),
        "the test JVM runs without JaCoCo's agent");
  }
}
