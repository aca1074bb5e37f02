/**
 * The test JVM as a process: its command line and classpath, starting it, sending its settings and
 * delivering its events over the loopback socket (docs/fork-protocol.md), its output, and how it
 * ended.
 *
 * <p>The test JVM never outlives the build nor hangs it: {@link
 * dev.failfast.maven.fork.ForkProcess} ends it when the build is interrupted, when it is held past
 * its exit timeout, or when it speaks another protocol version. This package reads the stream but
 * interprets no event: that is {@code run}'s.
 */
package dev.failfast.maven.fork;
