package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One member fails fatally once the other runs; the other ignores its interrupt for two minutes. */
@FailFastGroup("stubborn")
public class StubbornTest {

  static final CountDownLatch STUBBORN_RUNNING = new CountDownLatch(1);
  /** Set once the stubborn test returns: a group that waited behind it sees it set. */
  private static volatile boolean stubbornReturned;

  public static boolean stubbornReturned() {
    return stubbornReturned;
  }

  @Test
  void ignoresItsInterrupt() {
    STUBBORN_RUNNING.countDown();
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ignored) {
        // stubborn on purpose
      }
    }
    stubbornReturned = true;
  }

  @Test
  void failsOnceTheOtherRuns() throws InterruptedException {
    if (!STUBBORN_RUNNING.await(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the stubborn test never started");
    }
    throw new IllegalStateException("backend down");
  }
}
