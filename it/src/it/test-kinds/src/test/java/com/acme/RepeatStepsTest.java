package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Each repetition is a member: the second one's failure stops the third (docs/rules.md G2). */
@FailFastGroup(value = "repeats", parallel = false)
class RepeatStepsTest {

  @RepeatedTest(3)
  void attempt(RepetitionInfo repetition) {
    if (repetition.getCurrentRepetition() == 2) {
      throw new IllegalStateException("attempt 2 failed");
    }
  }
}
