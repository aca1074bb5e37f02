/**
 * The training run of the test JVM's class-data-sharing archive: {@link dev.failfast.junit.cds.ClassPreload}
 * loads the classes of JUnit's and failfast's jars, and rehearses a small run ({@link dev.failfast.junit.cds.Rehearsal}),
 * in a JVM that archives them as it exits, so later test JVMs map them instead of loading them one
 * by one. failfast-maven-plugin decides when to train and when to use the archive; this package
 * only loads and rehearses.
 */
package dev.failfast.junit.cds;
