/**
 * The run as GitHub Actions shows it, when the build runs there: a workflow command annotating
 * each failure at the test source line that threw, a warning per cancelled group, and the totals,
 * the group table and the failures in the job's step summary. It only listens to the run.
 */
package dev.failfast.maven.github;
