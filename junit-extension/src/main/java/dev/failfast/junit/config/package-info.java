/**
 * The run-wide settings, as the test JVM reads them from JUnit configuration parameters
 * ({@link dev.failfast.junit.config.FailFastConfiguration}), and the reading of each value shared
 * with the plugin, which checks the pom with the same rules: {@link dev.failfast.junit.config.Durations},
 * {@link dev.failfast.junit.config.Scope}. A value is parsed once where it enters, at the pom or at
 * the configuration parameter, and is a typed value from there on.
 */
package dev.failfast.junit.config;
