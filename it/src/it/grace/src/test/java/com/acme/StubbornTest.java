package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** fails() cancels the group while ignores() runs; ignores() swallows its interrupt and goes on. */
@FailFastGroup("stubborn")
class StubbornTest {

  static final CountDownLatch started = new CountDownLatch(1);

  @Test
  void ignores() {
    started.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Markers.write("stubborn-interrupted"); // and goes on regardless
      }
    }
    Markers.write("stubborn-returned"); // only if the test JVM lived 30 s
  }

  @Test
  void fails() throws InterruptedException {
    assertTrue(started.await(20, TimeUnit.SECONDS), "ignores() never started");
    throw new IllegalStateException("fixture broken");
  }
}
