package dev.failfast.maven.report;

/**
 * Makes any Java string writable as XML 1.0 character data.
 *
 * <p>XML 1.0 cannot carry the C0 control characters other than tab, line feed and carriage return
 * (not even as character references), nor U+FFFE, U+FFFF or a surrogate that is not half of a pair.
 * Test output holds all of them (ANSI colour codes, binary dumps, strings cut in the middle of a
 * pair), and one of them would make the whole report unreadable. Each such UTF-16 code unit is
 * replaced by the visible Java escape {@code \}{@code uXXXX} (upper-case hex), so the reader sees
 * which character it was; everything else, paired surrogates included, is kept as it is. The only
 * loss is that a string which already contained such an escape as text reads the same.
 *
 * <p>Surefire's own reporter writes a control character as the visible text of a numeric reference
 * ({@code &#27;}) and does not treat unpaired surrogates or U+FFFE/U+FFFF specially; the Java
 * escape was chosen because it names every code unit, a lone surrogate included, and cannot be
 * mistaken for an XML reference that a tool forgot to decode.
 *
 * <p>Markup is not this class's business: {@link SuiteXml} writes text as CDATA sections, splitting
 * them at {@code ]]>}, and the XML writer escapes {@code <}, {@code &}, {@code >} and quotes in
 * attribute values, within the {@link ReferenceBudget}.
 *
 * <p>What XML itself normalizes stays normalized: a reader turns {@code \r\n} and a lone {@code \r}
 * into {@code \n}, and tab and line breaks in an attribute value (a message, a name) into spaces.
 * Surefire writes the latter as character references; the JDK's StAX writer has no way to, so a
 * multi-line message reads back on one line. The failure's text, the stack trace, keeps every line.
 */
final class XmlText {

  private XmlText() {}

  /** Returns {@code text} itself when it is all valid, which is by far the common case. */
  static String sanitize(String text) {
    StringBuilder escaped = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (escaped != null) {
          escaped.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (isXmlChar(c)) {
        if (escaped != null) {
          escaped.append(c);
        }
      } else {
        if (escaped == null) {
          escaped = new StringBuilder(length + 16).append(text, 0, i);
        }
        VisibleEscape.append(escaped, c);
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /** XML 1.0's {@code Char} production, for a code unit that is not half of a surrogate pair. */
  private static boolean isXmlChar(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
