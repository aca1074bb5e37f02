package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A fatal failure with a 1 MB message cancels five tests: the message must not be copied into each. */
@FailFastGroup(value = "huge", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HugeMessageTest {

  static final int MESSAGE_CHARS = 1_000_000;

  @Test
  @Order(1)
  void failsWithAHugeMessage() {
    throw new IllegalStateException("huge:" + "x".repeat(MESSAGE_CHARS - "huge:".length()));
  }

  @Test
  @Order(2)
  void second() {}

  @Test
  @Order(3)
  void third() {}

  @Test
  @Order(4)
  void fourth() {}

  @Test
  @Order(5)
  void fifth() {}

  @Test
  @Order(6)
  void sixth() {}
}
