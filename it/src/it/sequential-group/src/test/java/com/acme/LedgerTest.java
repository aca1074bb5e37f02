package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** 'ledger' runs one test at a time, in plan order: LedgerAuditTest's tests, then these. */
@FailFastGroup(value = "ledger", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerTest {

  @Test
  @Order(1)
  void open() throws InterruptedException {
    Turns.take("LedgerTest.open");
  }

  @Test
  @Order(2)
  void post() throws InterruptedException {
    Turns.take("LedgerTest.post");
  }

  @Test
  @Order(3)
  void close() throws InterruptedException {
    Turns.take("LedgerTest.close");
  }
}
