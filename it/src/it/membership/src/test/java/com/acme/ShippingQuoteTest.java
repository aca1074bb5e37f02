package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/** 'shipping' spans two files that name it (docs/rules.md G1). */
@FailFastGroup("shipping")
class ShippingQuoteTest {

  @Test
  void quote() {
    throw new IllegalStateException("carrier API down");
  }
}
