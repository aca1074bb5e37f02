package com.acme;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every test excluded by the class's tag: the class is not reported at all. */
@Tag("slow")
class SlowSuiteTest {

  @Test
  @Tag("fast")
  void fastButSlowClass() {
    Markers.write("slow-suite-ran");
  }
}
