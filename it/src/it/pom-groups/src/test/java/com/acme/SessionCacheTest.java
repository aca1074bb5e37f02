package com.acme;

import java.util.concurrent.TimeUnit;
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

  /** Passes only while TokenCacheTest.meets() runs at the same time: 'cache' is a parallel group. */
  @Test
  @Order(3)
  void meets() throws Exception {
    TokenCacheTest.MEETING.await(10, TimeUnit.SECONDS);
  }
}
