package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped, first in class order: finished before the test JVM dies. */
class AFirstTest {

  @Test
  void finishes() {}
}
