package dev.failfast.benchmark.measure;

/** Totals over a run's TEST-*.xml reports; stopped = skipped whose message starts with "stopped:". */
public record Counts(int tests, int failures, int errors, int skipped, int stopped) {

  public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

  public int ran() {
    return tests - skipped;
  }

  Counts plus(Counts o) {
    return new Counts(tests + o.tests, failures + o.failures, errors + o.errors, skipped + o.skipped, stopped + o.stopped);
  }
}
