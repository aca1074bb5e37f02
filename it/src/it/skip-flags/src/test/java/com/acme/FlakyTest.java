package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("flaky")
class FlakyTest {

  @Test
  void fails() {
    Markers.write("ran-" + System.getProperty("case"));
    assertEquals("green", "red", "the light");
  }

  @Test
  void passes() {}
}
