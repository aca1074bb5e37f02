package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped, third: never starts when the test JVM dies before. */
class CLaterTest {

  @Test
  void later() {
    Markers.write("later-ran-" + System.getProperty("case"));
  }
}
