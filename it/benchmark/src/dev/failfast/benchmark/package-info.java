/**
 * The benchmark against Surefire (README.md, Benchmark): {@link dev.failfast.benchmark.Main} reads the
 * {@link dev.failfast.benchmark.Options}, has {@code generate} write the Maven projects, {@code measure}
 * run them into runs, and {@code render} turn the runs into {@code results.md} and {@code results.csv}.
 * {@code it/benchmark/Benchmark.java} compiles this folder and starts it: one command, JDK and Maven only.
 */
package dev.failfast.benchmark;
