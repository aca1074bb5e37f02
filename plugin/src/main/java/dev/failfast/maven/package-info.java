/**
 * The goals ({@code run}, {@code test}, {@code integration-test}, {@code verify}) and their
 * settings: the goals' parameters, read together with the project's Surefire (or Failsafe)
 * configuration into one checked {@link dev.failfast.maven.RunSettings}, failfast's own in
 * {@link dev.failfast.maven.PomSettings}; the test classpath; and the run from selection to verdict.
 */
package dev.failfast.maven;
