package com.acme;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records each turn of the sequential group as "start NAME" and "end NAME" lines. A turn lasts a
 * few milliseconds, so a second member running at the same time would interleave its lines.
 */
final class Turns {

  private static final AtomicInteger running = new AtomicInteger();

  private Turns() {}

  static void take(String name) throws InterruptedException {
    Markers.append("ledger-turns", "start " + name + "\n");
    if (running.incrementAndGet() != 1) {
      Markers.append("ledger-turns", "overlap " + name + "\n");
    }
    Thread.sleep(20);
    running.decrementAndGet();
    Markers.append("ledger-turns", "end " + name + "\n");
  }
}
