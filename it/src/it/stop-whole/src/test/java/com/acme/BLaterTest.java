package com.acme;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs after the run was cancelled: none of its code may run, yet each of its tests is reported. */
class BLaterTest {

  BLaterTest() {
    Ran.mark("constructor");
  }

  @BeforeAll
  static void beforeAll() {
    Ran.mark("beforeAll");
  }

  @Test
  void one() {
    Ran.mark("one");
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void values(int value) {
    Ran.mark("values");
  }

  @TestFactory
  Stream<DynamicTest> factory() {
    Ran.mark("factory");
    return Stream.of(DynamicTest.dynamicTest("dynamic", () -> Ran.mark("dynamic")));
  }

  @Nested
  class Inner {

    @Test
    void inner() {
      Ran.mark("inner");
    }
  }

  static Stream<Integer> numbers() {
    Ran.mark("arguments");
    return Stream.of(1, 2, 3);
  }
}
