package dev.failfast.maven.report;

/**
 * How test output and failures are shown, as Surefire's settings of the same names.
 *
 * @param redirectTestOutputToFile test output goes to {@code <reportsDirectory>/<class>-output.txt}
 *     instead of the console
 * @param trimStackTrace a failure's stack trace on the console keeps only the test class's frames
 */
public record ReportOptions(boolean redirectTestOutputToFile, boolean trimStackTrace) {

  /** Surefire's defaults (3.x no longer trims: JUnit prunes its own frames from a trace). */
  public static final ReportOptions DEFAULTS = new ReportOptions(false, false);
}
