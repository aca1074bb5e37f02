package com.acme;

import java.util.concurrent.atomic.AtomicInteger;

/** Notes when two ungrouped tests run at once; each lasts long enough for an overlap to show. */
final class Ungrouped {

  private static final AtomicInteger running = new AtomicInteger();

  private Ungrouped() {}

  static void run(String name) throws InterruptedException {
    if (running.incrementAndGet() != 1) {
      Markers.append("ungrouped-overlap", name + "\n");
    }
    Thread.sleep(50);
    running.decrementAndGet();
  }
}
