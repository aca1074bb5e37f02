package com.acme;

import org.junit.jupiter.api.Test;

class CartTest extends CheckoutBase {

  @Test
  void addItem() {
    throw new IllegalStateException("cart service down");
  }
}
