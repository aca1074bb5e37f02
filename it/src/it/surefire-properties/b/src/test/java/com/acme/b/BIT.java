package com.acme.b;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class BIT {

  @Test
  void fails() {
    fail("the integration test ran");
  }
}
