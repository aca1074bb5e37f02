package com.acme;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** In no group, first: the first failure of the budget. */
class AFailsTest {

  @Test
  void fails() {
    fail("first failure");
  }
}
