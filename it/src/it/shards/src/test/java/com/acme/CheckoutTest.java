package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Ungrouped, but its nested class is in group 'inventory': the split keeps it with that group. */
class CheckoutTest {

  @Test
  void total() {}

  @Nested
  @FailFastGroup("inventory")
  class Reserve {

    @Test
    void reserves() {}
  }
}
