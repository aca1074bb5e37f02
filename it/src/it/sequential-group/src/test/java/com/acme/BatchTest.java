package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

/** A sequential group stops after its first fatal failure: the later tests never start (docs/rules.md G4.1, G9). */
@FailFastGroup(value = "batch", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchTest {

  @BeforeEach
  void setUp(TestInfo info) {
    Markers.write("batch-before-each-" + info.getTestMethod().orElseThrow().getName());
  }

  @Test
  @Order(1)
  void load() {}

  @Test
  @Order(2)
  void validate() {
    throw new IllegalStateException("batch rejected");
  }

  @Test
  @Order(3)
  void transform() {
    Markers.write("batch-body-transform");
  }

  @Test
  @Order(4)
  void store() {
    Markers.write("batch-body-store");
  }
}
