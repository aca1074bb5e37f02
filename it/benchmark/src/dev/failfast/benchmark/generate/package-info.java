/**
 * Generation: the Maven projects the benchmark runs, written from the resource files in
 * {@code it/benchmark/templates}, and the workspace they live in.
 */
package dev.failfast.benchmark.generate;
