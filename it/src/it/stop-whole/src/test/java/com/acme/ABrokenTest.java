package com.acme;

import org.junit.jupiter.api.Test;

/** Runs first (classes run in name order) and cancels the run. */
class ABrokenTest {

  @Test
  void fails() {
    throw new IllegalStateException("database down");
  }
}
