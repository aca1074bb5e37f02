package com.acme;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Nested classes: their tests are in this class's report, as Surefire 3 writes them. */
class OuterTest {

  @Test
  void outer() {}

  @Nested
  class Inner {

    @Test
    void inner() {}

    @Nested
    class Deeper {

      @Test
      void deep() {}
    }
  }

  @Nested
  @DisplayName("a nested class with a name")
  class Named {

    @Test
    void named() {
      throw new IllegalArgumentException("nested failure");
    }
  }
}
