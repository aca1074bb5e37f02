package com.example.shop;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/** Another group: untouched by the payments failure. */
@FailFastGroup("catalog")
class CatalogTest {

  @Test
  void listsProducts() throws InterruptedException {
    Thread.sleep(500);
  }

  @Test
  void searchesProducts() throws InterruptedException {
    Thread.sleep(500);
  }

  @Test
  void showsPrices() throws InterruptedException {
    Thread.sleep(500);
  }
}
