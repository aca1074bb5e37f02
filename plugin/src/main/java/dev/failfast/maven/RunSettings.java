package dev.failfast.maven;

import dev.failfast.maven.forks.FailureBudget;
import dev.failfast.maven.forks.ForkCount;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.select.RunOrder;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A run's settings, each failfast's own or taken over from Surefire's, checked.
 *
 * @param pom the fail-fast settings
 * @param jvm how the test JVM is started
 * @param classes which test classes run, and in which order
 * @param report how output and stack traces are reported
 * @param reports the reports directory
 * @param failOnStopped a stopped test fails the build
 * @param testFailureIgnore failing tests do not fail the build
 * @param forkCount how many test JVMs
 * @param failureBudget {@code skipAfterFailureCount}
 */
record RunSettings(PomSettings pom, Jvm jvm, Classes classes, ReportOptions report, Path reports,
    boolean failOnStopped, boolean testFailureIgnore, ForkCount forkCount, FailureBudget failureBudget) {

  /**
   * @param java nullable; the {@code java} the {@code jvm} setting names ({@code null}: the toolchain's or Maven's)
   * @param argLine before late replacement
   * @param workingDirectory resolved: the project's base directory unless set
   * @param exitTimeout how long the test JVM may take to exit after its last event
   * @param enableAssertions {@code -ea}
   */
  record Jvm(Path java, String argLine, Map<String, String> systemProperties, Map<String, String> environment,
      File workingDirectory, Duration exitTimeout, boolean enableAssertions, List<String> additionalClasspathElements,
      List<String> classpathDependencyExcludes) {}

  /**
   * @param includes the goal's defaults when none is set
   * @param excludes Surefire's {@code **}{@code /*$*} when none is set
   * @param tags JUnit tag expressions a test must match one of
   * @param excludedTags JUnit tag expressions no test may match
   * @param dependenciesToScan dependencies whose classes are scanned for tests too
   */
  record Classes(List<String> includes, List<String> excludes, List<String> tags, List<String> excludedTags,
      List<String> dependenciesToScan, RunOrder runOrder) {}
}
