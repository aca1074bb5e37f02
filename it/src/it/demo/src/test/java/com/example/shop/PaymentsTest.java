package com.example.shop;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/** The gateway is down: the first charge fails, and the rest of the group has no point running. */
@FailFastGroup("payments")
class PaymentsTest {

  @Test
  void chargeCard() throws InterruptedException {
    Thread.sleep(300);
    throw new IllegalStateException("gateway down");
  }

  @Test
  void chargeVoucher() throws InterruptedException {
    Thread.sleep(10_000); // a slow call to the gateway; interrupted when the group is cancelled
  }

  @Test
  void captureAuthorization() throws InterruptedException {
    Thread.sleep(10_000);
  }
}
