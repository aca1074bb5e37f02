package dev.failfast.maven.report;

/**
 * Keeps one report within what JDK 24 and newer let an XML reader resolve.
 *
 * <p>Since JDK 24 the JDK's XML parsers refuse a document in which more than 100,000 references
 * are resolved ({@code jdk.xml.maxGeneralEntitySizeLimit} and {@code jdk.xml.totalEntitySizeLimit}
 * in {@code conf/jaxp.properties}; JDK-8343006). The count is of references, not of characters, for
 * the whole document: in text each reference counts once; in an attribute value each {@code &lt;}
 * or {@code &amp;} counts once and each {@code &gt;} or {@code &quot;} twice. Every reader that
 * uses the JDK's parser, {@code surefire-report-parser}, {@code maven-surefire-report-plugin} and
 * Jenkins' JUnit plugin among them, then gives up on the whole report ({@code
 * surefire-report-parser} on the whole directory).
 *
 * <p>Text content costs nothing, because {@link SuiteXml} writes it as CDATA sections. An attribute
 * value cannot be CDATA, and the XML writer escapes {@code <}, {@code >}, {@code &} and {@code "}
 * in it, so a report writes at most {@value #MARKUP_CHARACTERS} of those characters in attribute
 * values (at most twice that many references, well under the limit). A markup character beyond
 * that is written as the visible Java escape {@code \}{@code u003C}, {@code \}{@code u003E}, {@code
 * \}{@code u0026} or {@code \}{@code u0022}, as {@link XmlText} writes the characters XML cannot
 * carry: nothing is cut, and the character stays recognizable.
 *
 * <ul>
 *   <li>Names ({@link #name}: the suite's, each test's name and class name, property names) come
 *       first, and all of them are written as they are or, if together they hold more markup than
 *       the budget, none is: a reader files a test under its class name, which must therefore read
 *       the same in every {@code <testcase>} and as the suite's name.
 *   <li>Free text ({@link #text}: messages, types, property values) spends what the names left, in
 *       document order.
 * </ul>
 *
 * <p>Real reports come nowhere near the budget (Java class and method names hold no markup); a
 * class whose failure messages quote tens of thousands of markup characters is the case it is for.
 *
 * <p>One per document, used from one thread.
 */
final class ReferenceBudget {

  /** Markup characters written as they are per report; each costs a reader at most 2 references. */
  static final int MARKUP_CHARACTERS = 40_000;

  private final boolean namesAsTheyAre;
  private long textLeft;

  /**
   * @param names every name the document will hold in an attribute, each as often as it holds it
   */
  ReferenceBudget(Iterable<String> names) {
    long markup = 0;
    for (String name : names) {
      markup += markup(name);
    }
    namesAsTheyAre = markup <= MARKUP_CHARACTERS;
    textLeft = namesAsTheyAre ? MARKUP_CHARACTERS - markup : MARKUP_CHARACTERS;
  }

  /** The value to write for a name (already {@link XmlText#sanitize sanitized}). */
  String name(String value) {
    return namesAsTheyAre ? value : escapeMarkupAfter(value, 0);
  }

  /**
   * The value to write for free text (already {@link XmlText#sanitize sanitized}): itself while the
   * budget lasts.
   */
  String text(String value) {
    int markup = markup(value);
    if (markup <= textLeft) {
      textLeft -= markup;
      return value;
    }
    String written = escapeMarkupAfter(value, (int) textLeft);
    textLeft = 0;
    return written;
  }

  private static int markup(String value) {
    int markup = 0;
    for (int i = 0; i < value.length(); i++) {
      if (isMarkup(value.charAt(i))) {
        markup++;
      }
    }
    return markup;
  }

  /** Keeps the first {@code kept} markup characters of {@code value} and escapes the others. */
  private static String escapeMarkupAfter(String value, int kept) {
    StringBuilder out = new StringBuilder(value.length() + 64);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isMarkup(c)) {
        out.append(c);
      } else if (kept > 0) {
        kept--;
        out.append(c);
      } else {
        VisibleEscape.append(out, c);
      }
    }
    return out.toString();
  }

  private static boolean isMarkup(char c) {
    return c == '<' || c == '>' || c == '&' || c == '"';
  }
}
