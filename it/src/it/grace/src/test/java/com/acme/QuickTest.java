package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped, finished before the test JVM is ended: keeps its result. */
class QuickTest {

  @Test
  void quick() {}
}
