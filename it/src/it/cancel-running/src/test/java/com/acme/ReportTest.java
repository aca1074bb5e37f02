package com.acme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ungrouped, running while 'inventory' is cancelled: untouched (docs/rules.md G8, scope=group). */
class ReportTest {

  @Test
  void print() throws InterruptedException {
    assertTrue(InventoryTest.cancelSeen.await(20, TimeUnit.SECONDS), "'inventory' was never cancelled");
    assertFalse(Thread.currentThread().isInterrupted(), "interrupted by a group's cancellation");
    Thread.sleep(10);
  }
}
