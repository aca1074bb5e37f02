package com.acme.db;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 'db', after AccountsDbTest in class order: a class of a cancelled group runs no @BeforeAll (docs/rules.md G4.1). */
class OrdersDbTest {

  @BeforeAll
  static void connect() {
    Db.marker("orders-before-all");
  }

  @Test
  void list() {
    Db.marker("orders-list-ran");
  }

  @Test
  void create() {
    Db.marker("orders-create-ran");
  }
}
