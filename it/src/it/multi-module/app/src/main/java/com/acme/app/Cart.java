package com.acme.app;

import com.acme.core.Money;

public final class Cart {

  private Money total = new Money(0);

  public void add(Money price) {
    total = total.plus(price);
  }

  public Money total() {
    return total;
  }
}
