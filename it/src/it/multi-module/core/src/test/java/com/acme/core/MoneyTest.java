package com.acme.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("money")
class MoneyTest {

  @Test
  void adds() {
    assertEquals(new Money(300), new Money(100).plus(new Money(200)));
  }
}
