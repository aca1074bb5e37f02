package dev.failfast.maven.console;

import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.report.TestCaseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A failure as Surefire's console shows it, read from the stack trace's text (the build JVM has no
 * throwable): the trimmed trace printed when its class ends, and the one line of the Results block,
 * {@code CalcTest.divides:12 » Arithmetic / by zero}.
 */
final class Failures {

  private static final String FRAME = "at ";

  private Failures() {}

  /**
   * The Results line: the test class's simple name, the throwable's frames in that very class
   * (outermost first, each {@code method:LINE}, joined by {@code ->}; the test's name when there is
   * none), then, unless the throwable is an assertion's, {@code » Type} (its simple name without
   * {@code Exception} or {@code Error}), then the message.
   *
   * @param testClass the report's class, whose frames are the test's
   */
  static String resultLine(String testClass, TestCaseResult test) {
    List<String[]> frames = new ArrayList<>(); // {class, method, line}, outermost first
    String firstClass = null;
    for (String line : ownLines(test.stackTrace())) {
      String[] frame = frame(line);
      if (frame != null) {
        firstClass = firstClass == null ? frame[0] : firstClass;
        if (frame[0].equals(testClass)) {
          frames.add(0, frame);
        }
      }
    }
    StringBuilder out = new StringBuilder(simpleName(testClass));
    if (frames.isEmpty()) {
      out.append('.').append(test.name());
    }
    for (int i = 0; i < frames.size(); i++) {
      out.append(i == 0 ? "." : "->").append(frames.get(i)[1]).append(':').append(frames.get(i)[2]);
    }
    String type = test.throwableType();
    boolean namesType = switch (test.outcome()) {
      case ERROR -> type != null && !type.startsWith("org.opentest4j.");
      case FAILED, PASSED, SKIPPED, STOPPED -> false; // an assertion's type says nothing
    };
    if (namesType) {
      out.append(testClass.equals(firstClass) ? " " : " » ").append(shortType(type));
    }
    if (test.message() != null && !test.message().isEmpty()) {
      out.append(' ').append(test.message());
    }
    return ConsoleText.message(out.toString());
  }

  /**
   * The stack trace to print; trimmed, it keeps the lines that are not frames (the throwable, its
   * causes) and only the frames in the test class, as Surefire's {@code trimStackTrace}.
   */
  static String trace(String testClass, String stackTrace, boolean trim) {
    if (stackTrace == null) {
      return "";
    }
    if (!trim) {
      return stackTrace.stripTrailing();
    }
    StringBuilder out = new StringBuilder();
    for (String line : stackTrace.split("\\R")) {
      String[] frame = frame(line);
      if (frame == null ? !line.strip().startsWith("...") : inClass(frame[0], testClass)) {
        out.append(line).append('\n');
      }
    }
    return out.toString().stripTrailing();
  }

  /** The lines of the throwable itself, before its first cause or suppressed throwable. */
  private static List<String> ownLines(String stackTrace) {
    List<String> lines = new ArrayList<>();
    if (stackTrace != null) {
      for (String line : stackTrace.split("\\R")) {
        String stripped = line.strip();
        if (stripped.startsWith("Caused by:") || stripped.startsWith("Suppressed:")) {
          break;
        }
        lines.add(line);
      }
    }
    return lines;
  }

  /** {@code {class, method, line}} of a frame line such as {@code \tat app//com.acme.T.m(T.java:9)}. */
  private static String[] frame(String line) {
    String stripped = line.strip();
    int open = stripped.indexOf('(');
    if (!stripped.startsWith(FRAME) || open < 0) {
      return null;
    }
    String qualified = stripped.substring(FRAME.length(), open);
    qualified = qualified.substring(qualified.lastIndexOf('/') + 1); // module and class loader
    int dot = qualified.lastIndexOf('.');
    int colon = stripped.lastIndexOf(':');
    String lineNumber = colon > open && stripped.endsWith(")") ? stripped.substring(colon + 1, stripped.length() - 1)
        : "-1";
    return dot < 0 ? null : new String[] {qualified.substring(0, dot), qualified.substring(dot + 1), lineNumber};
  }

  /** The test class's frames, its nested classes' included. */
  private static boolean inClass(String frameClass, String testClass) {
    return frameClass.equals(testClass) || frameClass.startsWith(testClass + "$");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String shortType(String type) {
    String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    for (String suffix : new String[] {"Exception", "Error"}) {
      if (simple.endsWith(suffix) && simple.length() > suffix.length()) {
        return simple.substring(0, simple.length() - suffix.length());
      }
    }
    return simple;
  }
}
