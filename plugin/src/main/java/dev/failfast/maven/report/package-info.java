/**
 * The run's files in the reports directory: Surefire's XML report per test class, written as each
 * class finishes with its tests' spooled output, and {@code failfast-summary.json}; the model they
 * are written from.
 */
package dev.failfast.maven.report;
