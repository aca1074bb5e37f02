/**
 * Reruns of failing tests ({@code rerunFailingTestsCount}, docs/rules.md "Reruns"): which tests a
 * rerun covers, which attempt a launch runs, and whether a failure of the attempt that runs now may
 * wait for a later one before it cancels its group.
 *
 * <p>The attempts themselves are driven by failfast's test JVM ({@code dev.failfast.junit.fork}),
 * which launches each one anew; this package only reads the configuration parameters that driver
 * sets, so a launcher without that driver (an IDE, Surefire) never defers a failure.
 */
package dev.failfast.junit.rerun;
