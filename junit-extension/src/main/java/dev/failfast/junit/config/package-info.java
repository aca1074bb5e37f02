/**
 * The run-wide settings ({@code failfast.scope}, {@code failfast.grace}, {@code
 * failfast.interrupt}, {@code failfast.fatal}, {@code failfast.nonFatal}), read from JUnit
 * configuration parameters, and the duration syntax users write.
 *
 * <p>Bad values are refused here, with a message naming the parameter, the problem and the fix
 * (docs/rules.md "Bad input"), before any test runs. This package only reads settings: it holds no
 * state of a run.
 *
 * <p>{@link dev.failfast.junit.config.Durations} and {@link dev.failfast.junit.config.Scope} are
 * shared with the plugin, which checks the pom with the same rules: a value is parsed once where it
 * enters, at the pom or at the configuration parameter, and is a typed value from there on.
 */
package dev.failfast.junit.config;
