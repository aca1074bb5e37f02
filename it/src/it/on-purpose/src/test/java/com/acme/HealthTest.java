package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Finds the backend down and cancels its group on purpose, without failing (docs/rules.md G6). */
@FailFastGroup("payments")
class HealthTest {

  @Test
  void probe(GroupSignal signal) throws InterruptedException {
    assertTrue(CheckoutTest.started.await(20, TimeUnit.SECONDS), "CheckoutTest.charge() never started");
    signal.cancel("backend unavailable");
    assertTrue(signal.isCancelled(), "the group is cancelled");
    Markers.write("probe-went-on"); // the caller goes on and reports its own outcome
  }
}
