package dev.failfast.maven.console;

import java.util.Locale;

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
    int length = Math.min(text.length(), limit);
    if (length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
      length--; // never half a pair
    }
    StringBuilder out = new StringBuilder(length + 40);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean kept = keepLines && (c == '\n' || c == '\t');
      if ((Character.isISOControl(c) && !kept) || (Character.isSurrogate(c) && !isPaired(text, i))) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        out.append("\\u").append("0000", hex.length(), 4).append(hex);
      } else {
        out.append(c);
      }
    }
    if (length < text.length()) {
      out.append("… [").append(text.length() - length).append(" characters cut]");
    }
    return out.toString();
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
