package dev.failfast.maven.console;

import dev.failfast.junit.group.TextLimit;
import dev.failfast.maven.report.VisibleEscape;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Keeps what a test controls (names, messages) fit for one console line: bounded, with a visible
 * marker of what was cut, and without raw control characters, which could rewrite the terminal.
 * The failing test keeps its full message in its report.
 */
final class ConsoleText {

  /** The most of a name a console line shows. */
  static final int NAME_LIMIT = 500;

  /** The most of a name a table's column shows, so that one long name cannot widen every row. */
  static final int COLUMN_LIMIT = 60;

  /** The most of a message a console line shows. */
  static final int MESSAGE_LIMIT = 2_000;

  /** The most of a stack trace the console shows. */
  static final int TRACE_LIMIT = 64 * 1024;

  private ConsoleText() {}

  /** A stack trace: each line bounded as a message is, the whole within {@value #TRACE_LIMIT}. */
  static String trace(String trace) {
    return Arrays.stream(TextLimit.cut(trace, TRACE_LIMIT).split("\r?\n", -1))
        .map(line -> bounded(line, MESSAGE_LIMIT, true)).collect(Collectors.joining("\n"));
  }

  /** A name on one line: every control character escaped. */
  static String name(String name) {
    return bounded(name, NAME_LIMIT, false);
  }

  /**
   * A name in a table's column: escaped as {@link #name}, then cut to {@value #COLUMN_LIMIT}
   * characters (of the escaped form), the width it takes on the console.
   */
  static String column(String name) {
    return TextLimit.cut(VisibleEscape.controls(name, ""), COLUMN_LIMIT);
  }

  /** A message, which keeps its line breaks and tabs; other control characters escaped. */
  static String message(String message) {
    return bounded(message, MESSAGE_LIMIT, true);
  }

  private static String bounded(String text, int limit, boolean keepLines) {
    return VisibleEscape.controls(TextLimit.cut(text, limit), keepLines ? "\n\t" : "");
  }
}
