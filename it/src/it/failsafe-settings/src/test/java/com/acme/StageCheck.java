package com.acme;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An integration test by Failsafe's includes here: it prints the settings its test JVM got. */
class StageCheck {

  @Test
  void printsItsSettings() {
    System.out.println("stage=" + System.getProperty("stage") + " argLine=" + System.getProperty("stage.argLine")
        + " env=" + System.getenv("STAGE_ENV"));
  }

  @Test
  @Tag("network")
  void reachesTheNetwork() {
    // Surefire's excludedGroups would leave this out; Failsafe's configuration has none.
  }

  @Test
  @Tag("slow")
  void takesLong() {
    // left out by -DexcludedGroups=slow
  }
}
