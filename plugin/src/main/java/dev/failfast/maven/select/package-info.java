/**
 * Which test classes a run selects, as Surefire selects them: class files matching the include and
 * exclude patterns, or a {@code -Dtest} filter instead, in the configured run order; and which pom
 * group each selected class belongs to ({@link dev.failfast.maven.select.TestSelection}).
 */
package dev.failfast.maven.select;
