/**
 * A run over several test JVMs ({@code forkCount}) and what reaches across them: how many test JVMs
 * ({@link dev.failfast.maven.forks.ForkCount}), starting them side by side each with its share of
 * the classes ({@link dev.failfast.maven.forks.ForkRun}), a cancellation of the whole run passed
 * from one to the others through the build JVM ({@link dev.failfast.maven.forks.RunCancels}), and
 * the failure budget counted over all of them ({@link dev.failfast.maven.forks.FailureBudget}).
 */
package dev.failfast.maven.forks;
