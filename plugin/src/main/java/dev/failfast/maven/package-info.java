/**
 * The goals ({@code run}, {@code test}, {@code integration-test}, {@code verify}) and their
 * settings: the mojos read the pom and the user properties, check every setting before the test
 * JVM starts (docs/rules.md "Bad input"), and hand the run to {@code fork}, {@code run},
 * {@code report} and {@code console}.
 *
 * <p>A mojo decides no test's outcome (the test JVM does) and formats no report itself ({@code
 * report} does); it wires the parts together and turns the run's end into the build's result.
 */
package dev.failfast.maven;
