/**
 * The forked test JVM of {@code failfast-maven-plugin}: {@link dev.failfast.junit.fork.ForkMain}
 * runs the selected classes on the JUnit Platform, the ungrouped ones as under Surefire and the
 * groups' concurrently beside them, captures their output, and streams
 * {@link dev.failfast.junit.fork.ForkEvents} (plan, results, output, cancellations) to the build
 * JVM over a loopback socket; the build JVM reads them with the same codec.
 */
package dev.failfast.junit.fork;
