package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each template invocation is a member: the first one's failure stops the other two (docs/rules.md G2). */
@FailFastGroup(value = "templates", parallel = false)
class TemplateStepsTest {

  @TestTemplate
  @ExtendWith(Contexts.class)
  void invocation(TestInfo info) {
    if (info.getDisplayName().equals("context 1")) {
      throw new IllegalStateException("context 1 failed");
    }
  }
}
