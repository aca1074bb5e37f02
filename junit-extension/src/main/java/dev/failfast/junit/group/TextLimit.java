package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Cuts a text a test controls (a message, a name, a property) where a copy of it goes: to a bound,
 * with a visible marker of how much was cut. The one place both JVMs cut such texts, so every
 * copy says it the same way; the test's own result keeps the text whole.
 */
@API(status = INTERNAL, since = "0.1")
public final class TextLimit {

  private TextLimit() {}

  /**
   * {@code text} itself when it has at most {@code limit} characters, else its first {@code limit}
   * (never half a surrogate pair) and {@code … [N characters cut]}.
   */
  public static String cut(String text, int limit) {
    if (text == null || text.length() <= limit) {
      return text;
    }
    int length = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, length) + "… [" + (text.length() - length) + " characters cut]";
  }
}
