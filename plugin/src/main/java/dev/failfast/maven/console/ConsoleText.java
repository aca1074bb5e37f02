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

  /** A message, which keeps its line breaks and tabs; other control characters escaped. */
  static String message(String message) {
    return bounded(message, MESSAGE_LIMIT, true);
  }

  private static String bounded(String text, int limit, boolean keepLines) {
    String cut = TextLimit.cut(text, limit);
    StringBuilder out = new StringBuilder(cut.length() + 16);
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      boolean kept = keepLines && (c == '\n' || c == '\t');
      if ((Character.isISOControl(c) && !kept) || (Character.isSurrogate(c) && !isPaired(cut, i))) {
        VisibleEscape.append(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
