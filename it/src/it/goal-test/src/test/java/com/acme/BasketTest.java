package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("basket")
class BasketTest {

  @Test
  void adds() {
    Basket basket = new Basket();
    basket.add();
    assertEquals(1, basket.items());
  }

  @Test
  void startsEmpty() {
    assertEquals(0, new Basket().items());
  }
}
