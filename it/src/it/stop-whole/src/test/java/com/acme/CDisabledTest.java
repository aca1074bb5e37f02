package com.acme;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Disabled with a reason that reads like a stop: it stays a skipped test. */
@Disabled("stopped: by hand")
class CDisabledTest {

  @Test
  void disabled() {
    Ran.mark("disabled");
  }
}
