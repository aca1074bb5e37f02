package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Plain tests with every outcome, a method with a parameter and one with a display name. */
class PlainTest {

  @Test
  void testToString() {
    System.out.println("printed by testToString");
  }

  @Test
  void withInfo(TestInfo info) {}

  /** A test in no group runs on a non-daemon thread, as under Surefire: new threads inherit it. */
  @Test
  void runsOnANonDaemonThread() {
    assertFalse(Thread.currentThread().isDaemon(), Thread.currentThread().getName() + " is a daemon thread");
    assertFalse(new Thread(() -> {}).isDaemon(), "a new thread is a daemon thread");
  }

  @Test
  @DisplayName("a test with a display name")
  void displayed() {}

  @Test
  @Disabled("not ready")
  void disabled() {}

  @Test
  void assumed() {
    assumeTrue(false, "no database here");
  }

  @Test
  void fails() {
    assertEquals(1, 2, "one is not two");
  }

  @Test
  void errs() {
    throw new IllegalStateException("broken");
  }
}
