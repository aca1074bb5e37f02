package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * count() fails once reserve() and poll() are running and StockTest.stock() has finished its body:
 * reserve() is interrupted and ends stopped, poll() sees the signal and passes, and the cleanup of
 * all of them runs.
 */
@FailFastGroup("inventory")
class InventoryTest {

  static final CountDownLatch membersRunning = new CountDownLatch(2);
  /** Counted down by cleanup that runs after the cancellation; the other groups wait for it. */
  static final CountDownLatch cancelSeen = new CountDownLatch(1);

  /** A resource in the store: JUnit closes it after the test, stopped or not. */
  @RegisterExtension
  static final BeforeEachCallback connection = context -> context.getStore(Namespace.GLOBAL)
      .put("connection", (AutoCloseable) () -> Markers.write("closed-" + context.getRequiredTestMethod().getName()));

  @Test
  void reserve() throws InterruptedException {
    membersRunning.countDown();
    Thread.sleep(30_000); // interrupted by the cancellation
    Markers.write("reserve-slept-through");
  }

  @Test
  void poll(GroupSignal signal) throws InterruptedException {
    membersRunning.countDown();
    assertTrue(signal.await(Duration.ofSeconds(30)), "the group was never cancelled");
    // returns normally: reported passed
  }

  @Test
  void count() throws InterruptedException {
    assertTrue(membersRunning.await(20, TimeUnit.SECONDS), "reserve() and poll() never started");
    assertTrue(StockTest.bodyDone.await(20, TimeUnit.SECONDS), "StockTest.stock() never finished its body");
    throw new IllegalStateException("warehouse down");
  }

  @AfterEach
  void afterEach(TestInfo info) {
    Markers.write("after-each-" + info.getTestMethod().orElseThrow().getName());
    if (info.getTestMethod().orElseThrow().getName().equals("reserve")) {
      cancelSeen.countDown();
    }
  }

  @AfterAll
  static void afterAll() {
    Markers.write("after-all-inventory");
  }
}
