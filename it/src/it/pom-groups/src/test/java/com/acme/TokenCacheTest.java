package com.acme;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No annotation: the pom's group 'cache' takes it too, and runs it beside SessionCacheTest (docs/rules.md G9). */
class TokenCacheTest {

  static final CyclicBarrier MEETING = new CyclicBarrier(2);

  @Test
  void meets() throws Exception {
    MEETING.await(10, TimeUnit.SECONDS);
  }
}
