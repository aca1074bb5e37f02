package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.failfast.junit.FailFastGroup;
import java.io.IOException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The annotation names no types: the pom's <fatal> and <nonFatal> apply (docs/rules.md G3, G5). */
@FailFastGroup(value = "defaults", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DefaultsTest {

  @Test
  @Order(1)
  void assertionIsNonFatal() {
    assertEquals(200, 500, "the status");
  }

  @Test
  @Order(2)
  void otherFailureIsNotFatal() {
    throw new IllegalArgumentException("bad input");
  }

  @Test
  @Order(3)
  void ioIsFatal() throws IOException {
    throw new IOException("socket closed");
  }

  @Test
  @Order(4)
  void after() {
    Markers.write("defaults-after-ran");
  }
}
