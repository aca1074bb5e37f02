package dev.failfast.junit.fork;

/**
 * Prints stack frames as a stack trace shows them, without the {@code app//} class loader prefix
 * that {@link StackTraceElement#toString()} adds to frames taken from a live thread.
 */
final class StackFrames {

  private StackFrames() {}

  static String format(StackTraceElement frame) {
    String location = frame.isNativeMethod() ? "Native Method"
        : frame.getFileName() == null ? "Unknown Source"
        : frame.getLineNumber() >= 0 ? frame.getFileName() + ":" + frame.getLineNumber()
        : frame.getFileName();
    return frame.getClassName() + "." + frame.getMethodName() + "(" + location + ")";
  }

  /** One {@code \tat frame} line per frame, as in a printed stack trace. */
  static String format(StackTraceElement[] stack) {
    StringBuilder text = new StringBuilder();
    for (StackTraceElement frame : stack) {
      text.append("\tat ").append(format(frame)).append('\n');
    }
    return text.toString();
  }
}
