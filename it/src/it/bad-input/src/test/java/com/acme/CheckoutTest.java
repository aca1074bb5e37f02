package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("checkout")
class CheckoutTest {

  @Test
  void pays() {
    Markers.write("ran-" + System.getProperty("case")); // must never happen: every run here has a bad setting
  }
}
