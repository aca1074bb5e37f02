package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FailFastGroup(value = "checkout", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutIT {

  @Test
  @Order(1)
  void login() {
    throw new IllegalStateException("login page returned 500");
  }

  @Test
  @Order(2)
  void pay() {}
}
