package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.GroupSignal;
import java.time.Duration;

/** A member that waits for its group's cancellation and then ends stopped. */
final class Waiting {

  private Waiting() {}

  static void forCancel(GroupSignal signal, String group) throws InterruptedException {
    assertEquals(group, signal.group(), "the signal's group");
    assertTrue(signal.await(Duration.ofSeconds(20)), "group '" + group + "' was never cancelled");
    signal.throwIfCancelled();
  }
}
