package com.acme.db;

import com.acme.Meeting;
import org.junit.jupiter.api.Test;

/** No annotation: in 'db' through the pom. */
class InventoryDbTest {

  @Test
  void stock() throws InterruptedException {
    Meeting.arrive("InventoryDbTest.stock");
  }
}
