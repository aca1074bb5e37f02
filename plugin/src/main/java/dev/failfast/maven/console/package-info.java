/**
 * The run on the console, in Surefire's words where Surefire has them (test output, a line per
 * class with its failures' traces, the Results block with the runs of tests that were run again
 * and the flaky ones) and failfast's own lines (the plan,
 * cancellations, the group table); everything a test controls is bounded and escaped.
 */
package dev.failfast.maven.console;
