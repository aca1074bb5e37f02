package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Same sequential group, another file: first in class order. */
@FailFastGroup(value = "ledger", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerAuditTest {

  @Test
  @Order(1)
  void balances() throws InterruptedException {
    Turns.take("LedgerAuditTest.balances");
  }

  @Test
  @Order(2)
  void totals() throws InterruptedException {
    Turns.take("LedgerAuditTest.totals");
  }
}
