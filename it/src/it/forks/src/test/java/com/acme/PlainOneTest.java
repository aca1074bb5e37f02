package com.acme;

import org.junit.jupiter.api.Test;

/** In no group. */
class PlainOneTest {

  @Test
  void records() {
    Markers.pid(PlainOneTest.class);
  }

  @Test
  void recordsAgain() {
    Markers.pid(PlainOneTest.class);
  }
}
