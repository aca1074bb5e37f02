/**
 * Rendering: turns measured runs into the Markdown tables of {@code results.md}, the SPEC §7 targets
 * and {@code results.csv}; it runs nothing.
 */
package dev.failfast.benchmark.render;
