package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each invocation is a member: the second one's failure stops the third (docs/rules.md G2). */
@FailFastGroup(value = "params", parallel = false)
class ParamStepsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "b", "c"})
  void step(String value) {
    if (value.equals("b")) {
      throw new IllegalStateException("step b failed");
    }
  }
}
