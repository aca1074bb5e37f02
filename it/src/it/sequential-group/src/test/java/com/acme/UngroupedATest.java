package com.acme;

import org.junit.jupiter.api.Test;

/** Ungrouped: runs as the project's Jupiter configuration says, sequentially by default (docs/rules.md G9). */
class UngroupedATest {

  @Test
  void first() throws InterruptedException {
    Ungrouped.run("UngroupedATest.first");
  }

  @Test
  void second() throws InterruptedException {
    Ungrouped.run("UngroupedATest.second");
  }
}
