/**
 * Which group a class belongs to, by annotation or by the pom (docs/rules.md G1), and which of its
 * failures are fatal (docs/rules.md G3, G5).
 *
 * <p>The one place that looks for {@link dev.failfast.junit.FailFastGroup} and decides fatality;
 * it holds no state of a run and never cancels anything itself.
 */
package dev.failfast.junit.classify;
