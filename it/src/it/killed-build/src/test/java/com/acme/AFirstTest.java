package com.acme;

import org.junit.jupiter.api.Test;

/** Finishes before the build is killed: its report must survive. */
class AFirstTest {

  @Test
  void finishes() {
    System.out.println("first class output");
  }
}
