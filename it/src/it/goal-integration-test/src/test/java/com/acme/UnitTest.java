package com.acme;

import org.junit.jupiter.api.Test;

/** Not an integration test by name: failfast:integration-test leaves it alone. */
class UnitTest {

  @Test
  void unit() {
    Markers.write("unit-test-ran");
  }
}
