package com.acme;

import org.junit.jupiter.api.Test;

/** In no group. */
class PlainTwoTest {

  @Test
  void records() {
    Markers.pid(PlainTwoTest.class);
  }

  @Test
  void recordsAgain() {
    Markers.pid(PlainTwoTest.class);
  }
}
