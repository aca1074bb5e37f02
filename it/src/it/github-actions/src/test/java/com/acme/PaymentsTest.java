package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One test at a time: the fatal failure comes first, through a helper, and the other two never start. */
@FailFastGroup(value = "payments", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsTest {

  @Test
  @Order(1)
  void charge() {
    Gateway.charge(); // the annotation points here: the test's line, not the helper's
  }

  @Test
  @Order(2)
  void refund() {}

  @Test
  @Order(3)
  void history() {}
}
