/**
 * The typed keys of the benchmark: what is run ({@link dev.failfast.benchmark.cell.Suite},
 * {@link dev.failfast.benchmark.cell.Scenario}), with which tool ({@link dev.failfast.benchmark.cell.Tool}),
 * and the cell a run belongs to; no measuring, no rendering.
 */
package dev.failfast.benchmark.cell;
