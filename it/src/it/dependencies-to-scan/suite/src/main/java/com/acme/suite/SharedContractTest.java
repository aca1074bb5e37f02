package com.acme.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

public class SharedContractTest {

  @Test
  void holds() {
    assertEquals(4, 2 + 2);
  }
}
