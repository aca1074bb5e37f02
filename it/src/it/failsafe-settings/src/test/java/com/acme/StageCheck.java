package com.acme;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An integration test by Failsafe's includes here: it prints the settings its test JVM got, and with
 * {@code -Dhold.exit=true} holds the test JVM's exit in a shutdown hook.
 */
class StageCheck {

  @Test
  void printsItsSettings() {
    if (Boolean.getBoolean("hold.exit")) {
      Runtime.getRuntime().addShutdownHook(new Thread(StageCheck::holdTheExit, "holds-the-exit"));
    }
    System.out.println("stage=" + System.getProperty("stage") + " argLine=" + System.getProperty("stage.argLine")
        + " env=" + System.getenv("STAGE_ENV"));
  }

  private static void holdTheExit() {
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
