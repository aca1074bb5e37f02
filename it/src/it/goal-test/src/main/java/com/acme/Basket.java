package com.acme;

/** The code under test. */
public final class Basket {

  private int items;

  public void add() {
    items++;
  }

  public int items() {
    return items;
  }
}
