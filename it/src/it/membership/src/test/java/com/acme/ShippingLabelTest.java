package com.acme;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import org.junit.jupiter.api.Test;

@FailFastGroup("shipping")
class ShippingLabelTest {

  @Test
  void label(GroupSignal signal) throws InterruptedException {
    Waiting.forCancel(signal, "shipping");
  }
}
