package dev.failfast.maven.report;

import java.util.Locale;

/**
 * Writes a character that must not appear raw (a control character, half a surrogate pair) as a
 * visible Java escape, wherever a text a test controls is shown: the console, the reports, GitHub's
 * workflow commands and step summary.
 */
public final class VisibleEscape {

  private VisibleEscape() {}

  /** Appends the visible Java escape of one code unit: {@code \}{@code u001B}. */
  public static void append(StringBuilder out, char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    out.append("\\u").append("0000", hex.length(), 4).append(hex);
  }

  /**
   * {@code text} with every control character but those in {@code kept}, and every unpaired
   * surrogate, escaped: nothing in it can move a terminal's cursor or colour its output.
   *
   * @param kept the control characters left raw, such as {@code "\n\t"} for a text keeping its lines
   */
  public static String controls(String text, String kept) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((Character.isISOControl(c) && kept.indexOf(c) < 0) || (Character.isSurrogate(c) && !isPaired(text, i))) {
        append(out, c);
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
