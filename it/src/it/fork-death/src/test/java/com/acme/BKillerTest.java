package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ungrouped, second: ends the test JVM as -Ddeath says, once RunningTest.waits() runs. */
class BKillerTest {

  @Test
  void dies() throws InterruptedException {
    assertTrue(RunningTest.started.await(20, TimeUnit.SECONDS), "RunningTest.waits() never started");
    switch (System.getProperty("death")) {
      case "exit" -> System.exit(3);
      case "halt" -> Runtime.getRuntime().halt(7);
      case "oom" -> {
        List<long[]> hog = new ArrayList<>();
        while (true) {
          hog.add(new long[1 << 20]); // 8 MB at a time until the heap is gone
        }
      }
      default -> throw new IllegalArgumentException("-Ddeath=exit|halt|oom");
    }
  }
}
