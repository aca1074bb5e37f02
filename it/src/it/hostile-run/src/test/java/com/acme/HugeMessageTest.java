package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/** A fatal failure with a 1 MB message cancels five tests and a factory: the message must not be copied into each. */
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

  /** Stopped before it produced any test: it still counts, as one stopped test. */
  @TestFactory
  @Order(7)
  Stream<DynamicTest> stoppedFactory() {
    return Stream.of(DynamicTest.dynamicTest("never", () -> {}));
  }
}
