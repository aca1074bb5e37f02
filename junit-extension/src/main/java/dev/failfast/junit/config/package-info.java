/**
 * The run-wide settings ({@code failfast.scope}, {@code failfast.grace}, {@code
 * failfast.interrupt}, {@code failfast.fatal}, {@code failfast.nonFatal}), read from JUnit
 * configuration parameters, and the duration syntax users write.
 *
 * <p>Bad values are refused here, with a message naming the parameter, the problem and the fix
 * (docs/rules.md "Bad input"), before any test runs. This package only reads settings: it holds no
 * state of a run.
 */
package dev.failfast.junit.config;
