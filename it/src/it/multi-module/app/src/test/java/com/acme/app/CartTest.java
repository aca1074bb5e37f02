package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.core.Money;
import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

@FailFastGroup("cart")
class CartTest {

  @Test
  void totals() {
    Cart cart = new Cart();
    cart.add(new Money(150));
    cart.add(new Money(50));
    assertEquals(new Money(200), cart.total());
  }

  @Test
  void startsEmpty() {
    assertEquals(new Money(0), new Cart().total());
  }
}
