package com.acme;

import dev.failfast.junit.GroupSignal;
import org.junit.jupiter.api.Test;

class PaymentStepTest extends CheckoutBase {

  @Test
  void pay(GroupSignal signal) throws InterruptedException {
    Waiting.forCancel(signal, "checkout");
  }
}
