/**
 * Measuring: runs Maven on the generated projects (and on a real suite), timing each invocation and
 * reading its reports, and returns the runs; it writes no table.
 */
package dev.failfast.benchmark.measure;
