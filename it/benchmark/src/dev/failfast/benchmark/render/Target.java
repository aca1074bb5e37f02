package dev.failfast.benchmark.render;

/**
 * A row of the performance targets' table (README.md, Benchmark): what the target asks, what this
 * run measured, whether that meets it.
 */
record Target(String spec, String measured, boolean met) {

  String row() {
    return String.format("| %s | %s | %s |%n", spec, measured, met ? "met" : "**missed**");
  }
}
