package com.acme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Another group, running while 'inventory' is cancelled: untouched (docs/rules.md G8, scope=group). */
@FailFastGroup("catalog")
class CatalogTest {

  @Test
  void browse(GroupSignal signal) throws InterruptedException {
    assertTrue(InventoryTest.cancelSeen.await(20, TimeUnit.SECONDS), "'inventory' was never cancelled");
    assertFalse(signal.isCancelled(), "'catalog' was cancelled with 'inventory'");
    assertFalse(Thread.currentThread().isInterrupted(), "interrupted by another group's cancellation");
    Thread.sleep(10);
  }
}
