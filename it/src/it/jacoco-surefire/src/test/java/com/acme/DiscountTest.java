package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class DiscountTest {

  @Test
  void applies() {
    assertEquals(90, Discount.apply(100, 10));
  }

  @Test
  void runsWithTheAgent() {
    String arguments = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
    assertTrue(arguments.matches(".*-javaagent:\\S*org\\.jacoco\\.agent\\S*.*"), "no JaCoCo agent in " + arguments);
  }
}
