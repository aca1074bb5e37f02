package com.acme.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** No annotation: in the pom's group 'db', whose includes match the db package. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsDbTest {

  @Test
  @Order(1)
  void balance() {
    assertEquals(100, 90, "the balance"); // AssertionFailedError: non-fatal in 'db'
  }

  @Test
  @Order(2)
  void transfer() {
    throw new IllegalStateException("connection lost"); // fatal: cancels 'db'
  }

  @Test
  @Order(3)
  void history() {
    Db.marker("accounts-history-ran");
  }
}
