package com.acme;

import org.junit.jupiter.api.Test;

class CatalogIT {

  @Test
  void lists() {}
}
