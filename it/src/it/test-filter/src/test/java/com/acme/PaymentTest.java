package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("payments")
class PaymentTest {

  @Test
  void pay() {}

  @Test
  void payLater() {}
}
