/**
 * The test JVM as a process: its command line ({@link dev.failfast.maven.fork.ForkCommand}, the
 * {@code argLine}), its classpath ({@link dev.failfast.maven.fork.ForkClasspath}), and
 * {@link dev.failfast.maven.fork.ForkProcess}, which starts it, hands its events to the run's model,
 * forwards its output and says how it ended ({@link dev.failfast.maven.fork.ForkExit}).
 */
package dev.failfast.maven.fork;
