package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped, third: never starts. */
class CLaterTest {

  @Test
  void later() {
    Markers.write("later-ran");
  }
}
