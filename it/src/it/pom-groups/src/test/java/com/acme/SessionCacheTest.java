package com.acme;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** No annotation: in the pom's group 'cache', whose includes match *CacheTest classes; only IOExceptions are fatal there. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionCacheTest {

  @Test
  @Order(1)
  void evict() {
    throw new IllegalStateException("eviction failed"); // not an IOException: non-fatal in 'cache'
  }

  @Test
  @Order(2)
  void load() {
    Markers.write("cache-load-ran");
  }
}
