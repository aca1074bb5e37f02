/**
 * Which test classes and methods a run selects, as Surefire selects them: class files scanned in
 * Surefire's order, {@code includes}/{@code excludes} patterns (and their files), {@code -Dtest}
 * filters, the run order, and the classes each pom group assigns (docs/rules.md G1).
 *
 * <p>It works on names and class files only: it loads no test class and starts nothing. A
 * malformed pattern or filter is refused here with a message naming the fix.
 */
package dev.failfast.maven.select;
