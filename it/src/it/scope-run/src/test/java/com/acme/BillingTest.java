package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@FailFastGroup("billing")
class BillingTest {

  @Test
  void invoice(GroupSignal signal) throws InterruptedException {
    assertTrue(signal.await(Duration.ofSeconds(20)), "the run was never cancelled");
    signal.throwIfCancelled();
  }
}
