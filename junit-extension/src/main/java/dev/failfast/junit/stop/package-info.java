/**
 * Whole-container stops (docs/rules.md G4.1, G10): under failfast's test JVM, a class, {@code @Nested}
 * class, test template or factory that has not started when its group (or the run) is cancelled is
 * stopped whole, as one skipped container, without an instance, a {@code @BeforeAll}, an argument
 * source or a generated invocation. {@link dev.failfast.junit.stop.WholeStop} decides it and
 * records which containers it stopped, so the test JVM's listener reports them as stopped by that
 * record, never by their skip reason; the build JVM, which has the plan, reports each of their tests.
 */
package dev.failfast.junit.stop;
