/**
 * The extension's public face: {@link dev.failfast.junit.FailFastGroup} puts a class in a group,
 * {@link dev.failfast.junit.GroupSignal} lets a test poll or cancel its group, and
 * {@link dev.failfast.junit.TestStoppedException} is how a stopped test ends in JUnit's result
 * model; {@link dev.failfast.junit.FailFastExtension} is the gate that connects Jupiter's callbacks
 * to the group state (docs/rules.md).
 *
 * <p>What is public here is the users' API and stays compatible. The gate decides nothing itself:
 * membership and fatality are {@code classify}'s, cancellation is {@code group}'s. This module runs
 * on the project's test classpath, so it depends on nothing beyond the JDK, the JUnit Platform and
 * Jupiter API and opentest4j.
 */
package dev.failfast.junit;
