package com.acme;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The probe finds the backend down and cancels its group on purpose; it passes itself. */
@FailFastGroup(value = "backend", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackendTest {

  @Test
  @Order(1)
  void probe(GroupSignal signal) {
    signal.cancel("backend unavailable");
  }

  @Test
  @Order(2)
  void sync() {}
}
