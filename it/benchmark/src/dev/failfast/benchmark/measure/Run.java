package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.cell.Cell;

/** One measured repetition of a time-table cell. */
public record Run(Cell cell, int rep, Measurement measurement) {}
