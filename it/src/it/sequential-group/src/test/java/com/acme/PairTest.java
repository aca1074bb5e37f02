package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A parallel group: its two members and a member of another group meet at one latch, which only
 * opens when all three run at the same time (docs/rules.md G9).
 */
@FailFastGroup("pair")
class PairTest {

  static final CountDownLatch allThree = new CountDownLatch(3);

  @Test
  void left() throws InterruptedException {
    allThree.countDown();
    assertTrue(allThree.await(20, TimeUnit.SECONDS), "PairTest.left: the members did not run concurrently");
  }

  @Test
  void right() throws InterruptedException {
    allThree.countDown();
    assertTrue(allThree.await(20, TimeUnit.SECONDS), "PairTest.right: the members did not run concurrently");
  }
}
