package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped, first in class order: finishes long before the timeout. */
class AQuickTest {

  @Test
  void quick() {}
}
