package com.acme.matrix;

import dev.failfast.junit.FailFastGroup;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrent members: {@code restock()} fails with a fatal IOException while {@code reserve()} is
 * running, which is interrupted and reported stopped.
 */
@FailFastGroup(value = "inventory", fatal = IOException.class)
class InventoryTest {

  private static final CountDownLatch reserving = new CountDownLatch(1);

  @Test
  void reserve() throws InterruptedException {
    reserving.countDown();
    Thread.sleep(60_000);
  }

  @Test
  void restock() throws Exception {
    if (!reserving.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("reserve() never started");
    }
    throw new IOException("warehouse offline");
  }
}
