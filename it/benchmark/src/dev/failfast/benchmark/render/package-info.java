/**
 * Rendering: turns measured runs into the Markdown tables of {@code results.md}, the performance targets
 * (README.md, Benchmark)
 * and {@code results.csv}; it runs nothing.
 */
package dev.failfast.benchmark.render;
