package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Group 'a': a connection that is refused once, then works. */
@FailFastGroup("a")
class FlakyTest {

  /** Attempts in this test JVM: reruns run in the same JVM, under Surefire and under failfast. */
  private static final AtomicInteger ATTEMPTS = new AtomicInteger();
  private static final CountDownLatch STEADY_STARTED = new CountDownLatch(1);

  @Test
  void connects() throws InterruptedException {
    // Under Surefire the first failure cancels the group at once: the other test has started by
    // then, so it passes there too, and both runs report the same outcomes.
    STEADY_STARTED.await(20, TimeUnit.SECONDS);
    int attempt = ATTEMPTS.incrementAndGet();
    System.out.println("connects, attempt " + attempt);
    if (attempt == 1) {
      throw new IllegalStateException("connection refused");
    }
  }

  @Test
  void steady() {
    STEADY_STARTED.countDown();
  }
}
