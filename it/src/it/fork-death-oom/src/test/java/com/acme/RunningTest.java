package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A group member running (concurrently with the ungrouped classes) when the test JVM dies. */
@FailFastGroup("background")
class RunningTest {

  static final CountDownLatch started = new CountDownLatch(1);

  @Test
  void waits() throws InterruptedException {
    started.countDown();
    Thread.sleep(20_000);
  }
}
