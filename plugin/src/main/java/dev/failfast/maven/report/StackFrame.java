package dev.failfast.maven.report;

import java.util.Optional;

/**
 * One frame of a stack trace's text, such as {@code \tat app//com.acme.T.m(T.java:9)}: the build JVM
 * has the trace as text only, never the throwable.
 *
 * @param className the frame's class, fully qualified, without module or class loader
 * @param method the frame's method
 * @param file nullable; the source file the frame names, such as {@code T.java}
 * @param line the source line; {@code -1} when the frame names none
 */
public record StackFrame(String className, String method, String file, int line) {

  private static final String AT = "at ";

  /** The frame a line of a stack trace shows; empty for a line that is not a frame. */
  public static Optional<StackFrame> parse(String traceLine) {
    String stripped = traceLine.strip();
    int open = stripped.indexOf('(');
    if (!stripped.startsWith(AT) || open < 0 || !stripped.endsWith(")")) {
      return Optional.empty();
    }
    String qualified = stripped.substring(AT.length(), open);
    qualified = qualified.substring(qualified.lastIndexOf('/') + 1); // module and class loader
    int dot = qualified.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String place = stripped.substring(open + 1, stripped.length() - 1); // T.java:9, Unknown Source, ...
    int colon = place.lastIndexOf(':');
    String file = colon < 0 ? place : place.substring(0, colon);
    int line = colon < 0 ? -1 : lineNumber(place.substring(colon + 1));
    boolean named = !file.isEmpty() && !file.equals("Unknown Source") && !file.equals("Native Method");
    return Optional.of(new StackFrame(qualified.substring(0, dot), qualified.substring(dot + 1), named ? file : null,
        line));
  }

  /** Whether the frame is in {@code testClass} or one of its nested classes. */
  public boolean inClass(String testClass) {
    return className.equals(testClass) || className.startsWith(testClass + "$");
  }

  private static int lineNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
