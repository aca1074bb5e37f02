package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A nested class's tests are members of the enclosing group: they run after the outer test, and are
 * stopped (docs/rules.md G2).
 */
@FailFastGroup(value = "nested", parallel = false)
class NestedStepsTest {

  @Test
  void outer() {
    throw new IllegalStateException("outer failed");
  }

  @Nested
  class Inner {

    @Test
    void later() {
      Markers.write("nested-later-ran");
    }
  }
}
