package dev.failfast.maven.report;

import java.util.Locale;

/**
 * Writes a character that must not appear raw (a control character, half a surrogate pair) as a
 * visible Java escape, wherever a text a test controls is shown: the console, the reports.
 */
public final class VisibleEscape {

  private VisibleEscape() {}

  /** Appends the visible Java escape of one code unit: {@code \}{@code u001B}. */
  public static void append(StringBuilder out, char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    out.append("\\u").append("0000", hex.length(), 4).append(hex);
  }
}
