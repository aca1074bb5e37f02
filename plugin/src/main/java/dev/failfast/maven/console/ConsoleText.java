package dev.failfast.maven.console;

import dev.failfast.maven.report.BoundedText;

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

  private ConsoleText() {}

  /** A name on one line: every control character escaped. */
  static String name(String name) {
    return bounded(name, NAME_LIMIT, false);
  }

  /** A message, which keeps its line breaks and tabs; other control characters escaped. */
  static String message(String message) {
    return bounded(message, MESSAGE_LIMIT, true);
  }

  private static String bounded(String text, int limit, boolean keepLines) {
    String cut = BoundedText.cut(text, limit);
    StringBuilder out = new StringBuilder(cut.length() + 16);
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      boolean kept = keepLines && (c == '\n' || c == '\t');
      if ((Character.isISOControl(c) && !kept) || (Character.isSurrogate(c) && !isPaired(cut, i))) {
        BoundedText.appendEscape(out, c);
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
