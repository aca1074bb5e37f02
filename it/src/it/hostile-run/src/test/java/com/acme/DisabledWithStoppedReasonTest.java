package com.acme;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** A reason that happens to read like a stop is still a plain skip. */
class DisabledWithStoppedReasonTest {

  @Test
  @Disabled("stopped: by nobody")
  void disabled() {}

  @Test
  void runs() {}
}
