package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@FailFastGroup("payments")
class CheckoutTest {

  static final CountDownLatch started = new CountDownLatch(1);

  @Test
  void charge() throws InterruptedException {
    started.countDown();
    Thread.sleep(30_000); // interrupted by the cancellation
  }
}
