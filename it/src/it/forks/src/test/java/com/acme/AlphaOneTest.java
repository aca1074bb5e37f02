package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/** Group alpha. Case boom: fails fatally once beta's sleeper, in the other test JVM, is running. */
@FailFastGroup("alpha")
class AlphaOneTest {

  @Test
  void boom() throws InterruptedException {
    Markers.pid(AlphaOneTest.class);
    if ("boom".equals(Markers.testCase())) {
      Markers.await("sleeper-started");
      throw new IllegalStateException("database gone");
    }
  }
}
