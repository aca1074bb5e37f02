package com.acme;

/** Code under test, whose coverage JaCoCo records. */
public final class Rounding {
  private Rounding() {}

  public static long toCents(double amount) {
    return Math.round(amount * 100);
  }
}
