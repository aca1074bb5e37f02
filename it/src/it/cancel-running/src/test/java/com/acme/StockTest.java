package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Same group, another file. stock()'s body passes; its cleanup waits for the cancellation and then
 * fails too: a second fatal failure after the first, reported as the error it is and named "also
 * failed", never stopped.
 */
@FailFastGroup("inventory")
class StockTest {

  static final CountDownLatch bodyDone = new CountDownLatch(1);

  @Test
  void stock() {}

  @AfterEach
  void ledger(GroupSignal signal) throws InterruptedException {
    bodyDone.countDown();
    assertTrue(signal.await(Duration.ofSeconds(30)), "the group was never cancelled");
    throw new IllegalStateException("ledger out of balance");
  }
}
