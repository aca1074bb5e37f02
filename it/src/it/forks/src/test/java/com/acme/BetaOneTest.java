package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/**
 * Group beta. Case halt: still running when the other test JVM halts, and passes. Case boom: sleeps
 * until the other test JVM's fatal failure stops it.
 */
@FailFastGroup("beta")
class BetaOneTest {

  @Test
  void sleeps() throws InterruptedException {
    Markers.pid(BetaOneTest.class);
    switch (Markers.testCase()) {
      case "halt" -> {
        Markers.append("beta-running", "");
        Thread.sleep(1_500);
      }
      case "boom" -> {
        Markers.append("sleeper-started", "");
        Thread.sleep(30_000);
        Markers.append("sleeper-slept", "");
      }
      default -> { }
    }
  }
}
