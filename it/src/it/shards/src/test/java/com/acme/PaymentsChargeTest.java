package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("payments")
class PaymentsChargeTest {

  @Test
  void case1() {}

  @Test
  void case2() {}

  @Test
  void case3() {}
}
