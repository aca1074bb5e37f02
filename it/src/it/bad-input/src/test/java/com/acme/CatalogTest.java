package com.acme;

import org.junit.jupiter.api.Test;

class CatalogTest {

  @Test
  void lists() {
    Markers.write("ran-" + System.getProperty("case"));
  }
}
