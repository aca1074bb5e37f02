/**
 * Which group a class belongs to (by annotation or by the pom, G1) and which of its failures are
 * fatal (docs/rules.md G3, G5).
 */
package dev.failfast.junit.classify;
