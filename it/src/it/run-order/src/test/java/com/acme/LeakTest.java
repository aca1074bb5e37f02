package com.acme;

import org.junit.jupiter.api.Test;

/** Leaves a system property behind, as a careless test does. */
class LeakTest {

  @Test
  void leaks() {
    System.setProperty("acme.leaked", "yes");
  }
}
