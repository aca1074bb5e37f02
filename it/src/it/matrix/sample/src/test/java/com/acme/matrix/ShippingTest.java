package com.acme.matrix;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No annotation: the pom puts it in group 'shipping'. Its tests meet, so they pass only if run at once. */
class ShippingTest {

  private static final CyclicBarrier MEETING = new CyclicBarrier(2);

  @Test
  void packs() throws Exception {
    MEETING.await(10, TimeUnit.SECONDS);
  }

  @Test
  void labels() throws Exception {
    MEETING.await(10, TimeUnit.SECONDS);
  }
}
