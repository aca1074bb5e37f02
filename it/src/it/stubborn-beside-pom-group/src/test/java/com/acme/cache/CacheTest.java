package com.acme.cache;

import org.junit.jupiter.api.Test;

/** In group 'cache' only by the pom's pattern; each test takes a second. */
class CacheTest {

  @Test
  void warms() throws InterruptedException {
    Thread.sleep(1_000);
  }

  @Test
  void evicts() throws InterruptedException {
    Thread.sleep(1_000);
  }

  @Test
  void expires() throws InterruptedException {
    Thread.sleep(1_000);
  }
}
