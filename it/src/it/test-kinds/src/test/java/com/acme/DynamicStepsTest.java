package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each dynamic test is a member: the first one's failure stops the other two (docs/rules.md G2). */
@FailFastGroup(value = "dynamic", parallel = false)
class DynamicStepsTest {

  @TestFactory
  Stream<DynamicTest> steps() {
    return Stream.of(
        DynamicTest.dynamicTest("connect", () -> {
          throw new IllegalStateException("connect failed");
        }),
        DynamicTest.dynamicTest("query", () -> Markers.write("dynamic-query-ran")),
        DynamicTest.dynamicTest("disconnect", () -> Markers.write("dynamic-disconnect-ran")));
  }
}
