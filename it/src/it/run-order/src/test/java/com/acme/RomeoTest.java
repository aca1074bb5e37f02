package com.acme;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Passes only when it runs before LeakTest. */
class RomeoTest {

  @Test
  void seesNoLeak() {
    assertNull(System.getProperty("acme.leaked"), "LeakTest ran before RomeoTest");
  }
}
