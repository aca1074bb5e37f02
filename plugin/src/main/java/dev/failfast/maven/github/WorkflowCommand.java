package dev.failfast.maven.github;

import dev.failfast.junit.group.TextLimit;
import dev.failfast.maven.report.VisibleEscape;

/**
 * One GitHub Actions workflow command line, such as {@code ::error file=F,line=N,title=T::message},
 * escaped as the runner reads it back: in the message {@code %}, CR and LF are percent-encoded, in
 * a property value {@code :} and {@code ,} too. What a test controls is cut first and its other
 * control characters are written as visible escapes, so no line a test prints can colour the log
 * or pass for a command of its own.
 */
final class WorkflowCommand {

  /**
   * The most of a message an annotation carries: GitHub shows an annotation's first lines, and the
   * report keeps the whole message.
   */
  static final int MESSAGE_LIMIT = 4_000;

  /** The most of a title (a test's name) an annotation carries. */
  static final int TITLE_LIMIT = 300;

  private WorkflowCommand() {}

  /**
   * {@code ::error file=…,line=…,title=…::message}; without {@code file} and {@code line} when the
   * place is unknown.
   *
   * @param place nullable; where the annotation points
   */
  static String error(SourcePlace place, String title, String message) {
    String where = place == null ? "" : "file=" + property(place.file()) + ",line=" + place.line() + ",";
    return "::error " + where + "title=" + property(TextLimit.cut(title, TITLE_LIMIT)) + "::"
        + data(TextLimit.cut(message, MESSAGE_LIMIT));
  }

  /** {@code ::warning title=…::message}. */
  static String warning(String title, String message) {
    return "::warning title=" + property(TextLimit.cut(title, TITLE_LIMIT)) + "::" + data(TextLimit.cut(message,
        MESSAGE_LIMIT));
  }

  /** A command's message: line breaks kept, percent-encoded. */
  static String data(String text) {
    return encoded(VisibleEscape.controls(text, "\r\n"), false);
  }

  /** A property's value: also {@code :} and {@code ,} percent-encoded, which end a value. */
  static String property(String text) {
    return encoded(VisibleEscape.controls(text, "\r\n"), true);
  }

  private static String encoded(String text, boolean property) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        case ':' -> out.append(property ? "%3A" : ":");
        case ',' -> out.append(property ? "%2C" : ",");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
