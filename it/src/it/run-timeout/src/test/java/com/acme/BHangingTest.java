package com.acme;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ungrouped, second: waits for something that never comes, far past the 20 s timeout. */
class BHangingTest {

  @Test
  void hangs() throws InterruptedException {
    new CountDownLatch(1).await(120, TimeUnit.SECONDS);
    Markers.write("hang-returned");
  }
}
