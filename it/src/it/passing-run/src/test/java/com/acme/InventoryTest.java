package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("inventory")
class InventoryTest {

  @Test
  void counts() {}

  @Test
  void reserves() {
    System.out.println("reserved");
  }
}
