package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ungrouped, first in class order: its failure cancels the whole run once the groups' members run. */
class AlphaTest {

  @Test
  void boom() throws InterruptedException {
    assertTrue(OrdersTest.started.await(20, TimeUnit.SECONDS), "OrdersTest.place() never started");
    throw new IllegalStateException("database gone");
  }
}
