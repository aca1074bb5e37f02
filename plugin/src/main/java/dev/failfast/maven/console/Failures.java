package dev.failfast.maven.console;

import dev.failfast.junit.fork.Outcome;
import dev.failfast.maven.report.StackFrame;
import dev.failfast.maven.report.TestCaseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A failure as Surefire's console shows it, read from the stack trace's text (the build JVM has no
 * throwable): the trimmed trace printed when its class ends, and the one line of the Results block,
 * {@code CalcTest.divides:12 » Arithmetic / by zero}.
 */
final class Failures {

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
    List<StackFrame> frames = new ArrayList<>(); // outermost first
    String firstClass = null;
    for (String line : ownLines(test.stackTrace())) {
      Optional<StackFrame> frame = StackFrame.parse(line);
      if (frame.isPresent()) {
        firstClass = firstClass == null ? frame.get().className() : firstClass;
        if (frame.get().className().equals(testClass)) {
          frames.add(0, frame.get());
        }
      }
    }
    StringBuilder out = new StringBuilder(simpleName(testClass));
    if (frames.isEmpty()) {
      out.append('.').append(test.name());
    }
    for (int i = 0; i < frames.size(); i++) {
      out.append(i == 0 ? "." : "->").append(frames.get(i).method()).append(':').append(frames.get(i).line());
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
      Optional<StackFrame> frame = StackFrame.parse(line);
      if (frame.isEmpty() ? !line.strip().startsWith("...") : frame.get().inClass(testClass)) {
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
