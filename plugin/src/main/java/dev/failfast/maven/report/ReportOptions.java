package dev.failfast.maven.report;

/**
 * How test output and stack traces are reported, with Surefire's names and defaults.
 *
 * @param redirectTestOutputToFile tests' output goes to a {@code <class>-output.txt} file beside
 *     the class's report instead of the console ({@code maven.test.redirectTestOutputToFile})
 * @param trimStackTrace stack traces are cut to the test's own frames ({@code trimStackTrace})
 */
public record ReportOptions(boolean redirectTestOutputToFile, boolean trimStackTrace) {

  /** Surefire's defaults (3.x no longer trims: JUnit prunes its own frames from a trace). */
  public static final ReportOptions DEFAULTS = new ReportOptions(false, false);
}
