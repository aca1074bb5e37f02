package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A group whose member waits: the budget cancels it with the rest of the run. */
@FailFastGroup("waiting")
class GroupedTest {

  @Test
  void waits(GroupSignal signal) throws InterruptedException {
    assertTrue(signal.await(Duration.ofSeconds(60)), "the run was never cancelled");
    signal.throwIfCancelled();
  }
}
