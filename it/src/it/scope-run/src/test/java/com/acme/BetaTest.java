package com.acme;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ungrouped, after AlphaTest in class order (ungrouped classes run one after another): never starts. */
class BetaTest {

  @BeforeAll
  static void setUp() {
    Markers.write("beta-before-all");
  }

  @Test
  void later() {
    Markers.write("beta-later-ran");
  }
}
