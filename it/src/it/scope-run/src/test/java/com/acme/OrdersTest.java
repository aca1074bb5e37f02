package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@FailFastGroup("orders")
class OrdersTest {

  static final CountDownLatch started = new CountDownLatch(1);

  @Test
  void place(GroupSignal signal) throws InterruptedException {
    started.countDown();
    assertTrue(signal.await(Duration.ofSeconds(20)), "the run was never cancelled");
    signal.throwIfCancelled();
  }
}
