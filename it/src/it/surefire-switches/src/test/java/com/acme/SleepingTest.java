package com.acme;

import org.junit.jupiter.api.Test;

/** With -Dsleep=true, sleeps a minute: longer than any timeout here. */
class SleepingTest {

  @Test
  void sleeps() throws InterruptedException {
    if (Boolean.getBoolean("sleep")) {
      Thread.sleep(60_000);
    }
  }
}
