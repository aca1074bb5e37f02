package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ungrouped: every kind of test and every outcome but stopped, each reported once (docs/rules.md G2, G10). */
class KindsTest {

  @Test
  void passes() {}

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void values(int value) {}

  @RepeatedTest(2)
  void repeated() {}

  @TestFactory
  Stream<DynamicTest> dynamic() {
    return Stream.of(DynamicTest.dynamicTest("one", () -> {}), DynamicTest.dynamicTest("two", () -> {}));
  }

  @TestTemplate
  @ExtendWith(Contexts.class)
  void template() {}

  @Test
  @Disabled("not ready")
  void disabled() {}

  @Test
  void assumed() {
    assumeTrue(false, "no database here");
  }

  @Test
  void fails() {
    assertEquals(1, 2, "one is not two");
  }

  @Test
  void errs() {
    throw new IllegalStateException("broken");
  }

  @Nested
  class Inner {

    @Test
    void inner() {}
  }
}
