package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/** Group alpha. Case halt: halts its test JVM once beta's test, in the other test JVM, is running. */
@FailFastGroup("alpha")
class AlphaTwoTest {

  @Test
  void halts() throws InterruptedException {
    Markers.pid(AlphaTwoTest.class);
    if ("halt".equals(Markers.testCase())) {
      Markers.await("beta-running");
      Runtime.getRuntime().halt(1);
    }
  }
}
