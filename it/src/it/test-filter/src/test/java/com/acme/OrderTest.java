package com.acme;

import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void charge() {}

  @Test
  void chargeBack() {}

  @Test
  void refund() {}
}
