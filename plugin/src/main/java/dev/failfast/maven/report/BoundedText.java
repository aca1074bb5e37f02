package dev.failfast.maven.report;

import java.util.Locale;

/**
 * Makes a text a test controls (a message, a name) fit where a copy of it is shown (the console,
 * the run summary): cut to a bound with a visible marker of what was cut (the test's own report
 * keeps it whole), and characters that must not appear raw written as visible escapes.
 */
public final class BoundedText {

  private BoundedText() {}

  /** {@code text} itself when it has at most {@code limit} characters; never half a surrogate pair. */
  public static String cut(String text, int limit) {
    if (text == null || text.length() <= limit) {
      return text;
    }
    int length = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, length) + "… [" + (text.length() - length) + " characters cut]";
  }

  /** Appends the visible Java escape of one code unit: {@code \}{@code u001B}. */
  public static void appendEscape(StringBuilder out, char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    out.append("\\u").append("0000", hex.length(), 4).append(hex);
  }
}
