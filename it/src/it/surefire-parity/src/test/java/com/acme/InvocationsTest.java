package com.acme;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests that are invocations: parameterized (with and without a display name, and one disabled),
 * repeated, dynamic.
 */
class InvocationsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void plain(String value) {}

  @ParameterizedTest(name = "in {0}")
  @MethodSource("locales")
  void testX(Locale locale) {}

  static Stream<Locale> locales() {
    return Stream.of(Locale.ROOT, Locale.GERMANY);
  }

  @RepeatedTest(2)
  void repeated() {}

  /** Disabled: it produces no invocation, and still counts as one skipped test. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  @Disabled("needs a large heap")
  void disabled(int size) {}

  @TestFactory
  Stream<DynamicNode> factory() {
    return Stream.of(DynamicTest.dynamicTest("first", () -> {}),
        DynamicContainer.dynamicContainer("more", Stream.of(DynamicTest.dynamicTest("second", () -> {}))));
  }
}
