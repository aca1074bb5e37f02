package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped: the payments group's cancellation never touches it. */
class CatalogTest {

  @Test
  void lists() {}
}
