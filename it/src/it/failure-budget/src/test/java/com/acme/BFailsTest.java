package com.acme;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** In no group, second: the failure that reaches the budget of 2. */
class BFailsTest {

  @Test
  void fails() {
    fail("second failure");
  }
}
