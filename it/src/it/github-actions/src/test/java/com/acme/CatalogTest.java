package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Ungrouped: an assertion failure in the class and one in its nested class. */
class CatalogTest {

  @Test
  void counts() {
    assertEquals(3, 2, "catalog size");
  }

  @Nested
  class Search {

    @Test
    void finds() {
      assertEquals("tea", "coffee");
    }
  }
}
