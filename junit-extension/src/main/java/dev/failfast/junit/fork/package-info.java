/**
 * The forked test JVM of {@code failfast-maven-plugin}: {@link dev.failfast.junit.fork.ForkMain}
 * runs the selected classes on the JUnit Platform, the ungrouped ones as under Surefire and the
 * groups' concurrently beside them, captures their output, and streams
 * {@link dev.failfast.junit.fork.ForkEvents} (plan, results, output, cancellations) to the build
 * JVM over a loopback socket; the build JVM reads them with the same codec. With
 * {@code rerunFailingTestsCount}, {@link dev.failfast.junit.fork.RerunDriver} runs the later
 * attempts of a failing test before its one result is streamed.
 *
 * <p>Every record on that socket, either way, is defined once in
 * {@link dev.failfast.junit.fork.ForkRecord} and versioned (docs/fork-protocol.md): nothing here
 * writes or reads a record except through it. Outcomes are decided here, where the throwable's type
 * is known, and never again by the build JVM. Used by the plugin, but it runs on the project's
 * test classpath: nothing beyond the JDK, the JUnit Platform launcher and this jar.
 */
package dev.failfast.junit.fork;
