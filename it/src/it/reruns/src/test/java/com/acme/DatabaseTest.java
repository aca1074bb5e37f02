package com.acme;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Group 'b': a database that is really gone, and a test that waits for the group's cancel. */
@FailFastGroup("b")
class DatabaseTest {

  private static final AtomicInteger ATTEMPTS = new AtomicInteger();
  private static final CountDownLatch WAITING = new CountDownLatch(1);

  @Test
  void queries() throws InterruptedException {
    WAITING.await(20, TimeUnit.SECONDS); // the other test is running before the first attempt fails
    throw new IllegalStateException("database gone, attempt " + ATTEMPTS.incrementAndGet());
  }

  @Test
  void waitsForTheCancel(GroupSignal signal) throws InterruptedException {
    WAITING.countDown();
    signal.await(Duration.ofSeconds(20));
    System.out.println("cancelled after attempt " + ATTEMPTS.get());
    signal.throwIfCancelled();
  }
}
