package com.acme;

public final class Price {
  private Price() {}

  public static int withTax(int cents) {
    assert cents >= 0 : "a price is never negative";
    return cents + cents / 5;
  }
}
