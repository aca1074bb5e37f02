/**
 * The run on the console, in Surefire's words where Surefire has them (test output, a line per
 * class with its failures' traces, the Results block) and failfast's own lines (the plan,
 * cancellations, the group table); everything a test controls is bounded and escaped.
 */
package dev.failfast.maven.console;
