package dev.failfast.benchmark;

import dev.failfast.benchmark.cell.Suite;
import java.util.Locale;

/** What {@code --only=} selects: the time tables of a suite, the latency and scale checks, the real suite. */
enum Part {
  HEADLINE(Suite.HEADLINE),
  CPU(Suite.CPU),
  LONG(Suite.LONG),
  LATENCY(null),
  SCALE(Suite.SCALE),
  STOP(null),
  REAL(null);

  private final Suite suite;

  Part(Suite suite) {
    this.suite = suite;
  }

  /** The generated suite of this part; null for latency and stop (their own projects) and the real suite. */
  Suite suite() {
    return suite;
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Part of(String id) {
    for (Part p : values()) {
      if (p.id().equals(id.trim())) return p;
    }
    throw new IllegalArgumentException("--only: '" + id + "' is not a part; use some of headline,cpu,long,latency,scale,stop,real");
  }
}
