package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Another group, concurrent with 'pair' (docs/rules.md G9). */
@FailFastGroup("partner")
class PartnerTest {

  @Test
  void meet() throws InterruptedException {
    PairTest.allThree.countDown();
    assertTrue(PairTest.allThree.await(20, TimeUnit.SECONDS), "PartnerTest.meet: the groups did not run concurrently");
  }
}
