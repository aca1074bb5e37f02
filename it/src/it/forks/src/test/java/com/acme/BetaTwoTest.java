package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("beta")
class BetaTwoTest {

  @Test
  void records() {
    Markers.pid(BetaTwoTest.class);
  }
}
