package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

/** A failure in a lifecycle method is a failure of the group too (docs/rules.md G3). */
@FailFastGroup(value = "lifecycle", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleTest {

  @BeforeEach
  void setUp(TestInfo info) throws IOException {
    if (info.getTestMethod().orElseThrow().getName().equals("first")) {
      throw new IOException("fixture missing");
    }
  }

  @Test
  @Order(1)
  void first() {}

  @Test
  @Order(2)
  void second() {
    Markers.write("lifecycle-second-ran");
  }
}
