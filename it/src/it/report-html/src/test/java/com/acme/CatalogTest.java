package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped and passing. */
class CatalogTest {

  @Test
  void lists() {}
}
